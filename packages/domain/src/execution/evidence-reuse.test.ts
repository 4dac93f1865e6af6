import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { isDatedEvidenceKind, validateEvidenceSource } from './evidence-rules';
import {
  evidenceReuseProblem,
  isComparableText,
  matchEvidence,
  normaliseEvidenceText,
  type EvidenceFingerprint,
  type EvidenceUse,
} from './evidence-reuse';

const base: EvidenceFingerprint = {
  fileHash: 'a'.repeat(64),
  textDigest: 't1',
  certificateNumber: '421/SERT/2023/0042',
  certificateTitle: 'Pelatihan Pembelajaran Berdiferensiasi',
  issuedOn: '2023-11-20',
};
const other: EvidenceFingerprint = {
  fileHash: 'b'.repeat(64),
  textDigest: 't2',
  certificateNumber: '77/KOM/2024',
  certificateTitle: 'Komunitas Belajar',
  issuedOn: '2024-08-10',
};

// A re-scan or re-export is the same document: domain.md §3.4 "not used in a previous period".
describe('matchEvidence — the same document by bytes, text or certificate (domain.md §3.4)', () => {
  it.each([
    ['identical bytes', base, { ...other, fileHash: base.fileHash }, 'file'],
    ['same text, other bytes (re-scan)', { ...other, textDigest: 't1' }, base, 'text'],
    [
      'no text on either side is not a text match',
      { ...other, textDigest: null },
      { ...base, textDigest: null, certificateNumber: null, certificateTitle: null },
      null,
    ],
    [
      'same number (spacing, case) and title',
      {
        ...other,
        certificateNumber: ' 421/sert/2023/0042',
        certificateTitle: base.certificateTitle,
        issuedOn: null,
      },
      base,
      'certificate',
    ],
    [
      'same number and date',
      { ...other, certificateNumber: '421-SERT-2023-0042', issuedOn: '2023-11-20' },
      base,
      'certificate',
    ],
    ['same number only', { ...other, certificateNumber: base.certificateNumber }, base, null],
    [
      'no number: same title and date',
      {
        ...other,
        certificateNumber: null,
        certificateTitle: 'pelatihan pembelajaran berdiferensiasi',
        issuedOn: '2023-11-20',
      },
      { ...base, certificateNumber: null },
      'certificate',
    ],
    [
      'no number: same title, other date',
      { ...other, certificateNumber: null, certificateTitle: base.certificateTitle },
      { ...base, certificateNumber: null },
      null,
    ],
    ['nothing in common', other, base, null],
  ] as const)('%s → %s', (_name, candidate, earlier, expected) => {
    expect(matchEvidence(candidate, earlier)).toBe(expected);
  });

  it('normalises text so layout, case and accents do not matter', () => {
    expect(normaliseEvidenceText('Sértifikat\n  Nomor: 42/ABC')).toBe('sertifikatnomor42abc');
    expect(isComparableText('a'.repeat(39))).toBe(false);
    expect(isComparableText('a'.repeat(40))).toBe(true);
  });
});

const use = (overrides: Partial<EvidenceUse>): EvidenceUse => ({
  ...base,
  isSamePeriod: false,
  isCollected: true,
  periodLabel: 'Semester 1 2024 (Januari–Juni)',
  rhkLabel: 'Penggerak komunitas belajar',
  uploadedOn: '2024-03-01',
  ...overrides,
});

describe('evidenceReuseProblem — one document backs one RHK; no reuse across periods (domain.md §3.4)', () => {
  const ruleSet = ruleSetFor('2024-S2');
  it.each([
    ['no earlier use', [], null],
    ['collected in an earlier period', [use({})], 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD'],
    ['only drafted in an earlier period', [use({ isCollected: false })], null],
    [
      'drafted for another RHK of this period',
      [use({ isSamePeriod: true, isCollected: false })],
      'EVIDENCE_REUSED_IN_THIS_PERIOD',
    ],
    [
      'same period wins over an earlier one',
      [use({}), use({ isSamePeriod: true, rhkLabel: 'Wali kelas' })],
      'EVIDENCE_REUSED_IN_THIS_PERIOD',
    ],
    ['an unrelated earlier document', [use(other)], null],
  ] as const)('%s → %s', (_name, uses, code) => {
    expect(evidenceReuseProblem({ ruleSet, candidate: base, uses })?.code ?? null).toBe(code);
  });

  it('names the period, the RHK, the upload date (Indonesian) and how it matched', () => {
    const problem = evidenceReuseProblem({
      ruleSet,
      candidate: { ...base, fileHash: 'c'.repeat(64) },
      uses: [use({ uploadedOn: '2024-02-05' })],
    });
    expect(problem).toEqual({
      code: 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD',
      params: {
        match: 'berisi teks yang sama dengan',
        period: 'Semester 1 2024 (Januari–Juni)',
        rhk: 'Penggerak komunitas belajar',
        uploadedOn: '5 Februari 2024',
      },
    });
  });

  it('prefers the strongest match, then the earliest upload', () => {
    const problem = evidenceReuseProblem({
      ruleSet,
      candidate: base,
      uses: [
        use({ fileHash: 'd'.repeat(64), uploadedOn: '2024-01-20', rhkLabel: 'teks' }),
        use({ uploadedOn: '2024-03-01', rhkLabel: 'berkas' }),
      ],
    });
    expect(problem?.params).toMatchObject({ match: 'sama dengan berkas', rhk: 'berkas' });
  });
});

// Issue 14 item 2: dated 31 Dec 2024 and uploaded 5 Feb 2024 cannot be right — domain.md §3.4.
describe('a certificate dated after its upload day (domain.md §3.4)', () => {
  const source = (issuedOn: string, uploadedOn: string | null) => ({
    kind: 'certificate' as const,
    issuedOn,
    isUsedInEarlierPeriod: false,
    uploadedOn,
  });
  it.each([
    ['dated the day of the upload', source('2024-02-05', '2024-02-05'), []],
    ['dated before', source('2023-11-20', '2024-02-05'), []],
    [
      'dated 31 Dec 2024, uploaded 5 Feb 2024',
      source('2024-12-31', '2024-02-05'),
      ['CERTIFICATE_DATED_IN_FUTURE'],
    ],
    ['no upload day known', source('2024-12-31', null), []],
  ] as const)('%s → %j', (_name, value, codes) => {
    const problems = validateEvidenceSource({
      ruleSet: ruleSetFor('2024-S1'),
      source: value,
      acceptedKinds: null,
    });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });

  it('says both dates the Indonesian way', () => {
    const [problem] = validateEvidenceSource({
      ruleSet: ruleSetFor('2024-S1'),
      source: source('2024-12-31', '2024-02-05'),
      acceptedKinds: null,
    });
    expect(problem?.params).toEqual({ date: '31 Desember 2024', today: '5 Februari 2024' });
  });
});

describe('which documents carry a date, number and title (domain.md §3.4, issue 14 item 3)', () => {
  it.each([
    ['certificate', true],
    ['surat_keterangan_selesai_topik', true],
    ['relevant_document', false],
    ['report', false],
  ] as const)('%s → %s', (kind, dated) => {
    expect(isDatedEvidenceKind(kind)).toBe(dated);
  });
});
