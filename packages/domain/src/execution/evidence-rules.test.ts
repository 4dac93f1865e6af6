import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import {
  hasPdfSignature,
  validateEvidenceFile,
  validateEvidenceSource,
  type EvidenceSource,
} from './evidence-rules';

const MB = 1024 * 1024;
const pdf = (sizeBytes: number, fileName = 'sertifikat.pdf', mimeType = 'application/pdf') => ({
  fileName,
  mimeType,
  sizeBytes,
});

describe('evidence files (2024: PDF only, ≤ 10 MB — domain.md §3.4 [C] SEED4)', () => {
  it.each([
    ['1 MB PDF', pdf(MB), []],
    ['exactly 10 MB', pdf(10 * MB), []],
    ['10 MB + 1 byte', pdf(10 * MB + 1), ['EVIDENCE_TOO_LARGE']],
    ['empty file', pdf(0), ['EVIDENCE_EMPTY_FILE']],
    ['JPEG', pdf(MB, 'foto.jpg', 'image/jpeg'), ['EVIDENCE_NOT_PDF']],
    ['PDF name, wrong type', pdf(MB, 'x.pdf', 'application/octet-stream'), ['EVIDENCE_NOT_PDF']],
    ['PDF type, wrong name', pdf(MB, 'x.docx'), ['EVIDENCE_NOT_PDF']],
    ['upper-case extension', pdf(MB, 'SK.PDF'), []],
  ])('%s → %j', (_name, file, codes) => {
    expect(
      validateEvidenceFile({ ruleSet: ruleSetFor('2024-S1'), file }).map((p) => p.code),
    ).toEqual(codes);
  });

  it('reports the limit in MB', () => {
    expect(
      validateEvidenceFile({ ruleSet: ruleSetFor('2024-S2'), file: pdf(11 * MB) })[0]?.params,
    ).toEqual({ maxMb: 10 });
  });

  it.each(['2025', '2026'])('%s takes no uploads (domain.md §3.6)', (version) => {
    const ruleSet = ruleSetFor(version);
    expect(validateEvidenceFile({ ruleSet, file: pdf(MB) }).map((p) => p.code)).toEqual([
      'EVIDENCE_UPLOAD_NOT_ALLOWED',
    ]);
    const source: EvidenceSource = {
      kind: 'certificate',
      issuedOn: '2024-01-01',
      isUsedInEarlierPeriod: false,
    };
    expect(
      validateEvidenceSource({ ruleSet, source, acceptedKinds: null }).map((p) => p.code),
    ).toEqual(['EVIDENCE_UPLOAD_NOT_ALLOWED']);
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], true],
    [[0x25, 0x50, 0x44, 0x46], false],
    [[0xff, 0xd8, 0xff, 0xe0, 0x00], false],
    [[], false],
  ])('hasPdfSignature(%j) = %s', (bytes, expected) => {
    expect(hasPdfSignature(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('certificate rules (domain.md §3.4 [C] SEED4)', () => {
  const PELATIHAN_MANDIRI = [
    'certificate',
    'surat_keterangan_selesai_topik',
    'relevant_document',
  ] as const;
  it.each<[string, EvidenceSource, readonly string[] | null, string[]]>([
    [
      'certificate issued 1 Jan 2023',
      { kind: 'certificate', issuedOn: '2023-01-01', isUsedInEarlierPeriod: false },
      null,
      [],
    ],
    [
      'certificate issued 31 Dec 2022',
      { kind: 'certificate', issuedOn: '2022-12-31', isUsedInEarlierPeriod: false },
      null,
      ['CERTIFICATE_TOO_OLD'],
    ],
    [
      'certificate without a date',
      { kind: 'certificate', issuedOn: null, isUsedInEarlierPeriod: false },
      null,
      ['CERTIFICATE_TOO_OLD'],
    ],
    [
      'certificate used in an earlier period',
      { kind: 'certificate', issuedOn: '2023-05-01', isUsedInEarlierPeriod: true },
      null,
      ['CERTIFICATE_ALREADY_USED'],
    ],
    [
      'certificate used in a named earlier period',
      {
        kind: 'certificate',
        issuedOn: '2023-05-01',
        isUsedInEarlierPeriod: true,
        earlierPeriodLabel: 'Semester 1 2024',
      },
      null,
      ['CERTIFICATE_ALREADY_USED_IN_PERIOD'],
    ],
    [
      'Surat Keterangan Selesai Topik for pelatihan mandiri',
      {
        kind: 'surat_keterangan_selesai_topik',
        issuedOn: '2024-02-01',
        isUsedInEarlierPeriod: false,
      },
      PELATIHAN_MANDIRI,
      [],
    ],
    [
      'relevant document for pelatihan mandiri (undated)',
      { kind: 'relevant_document', issuedOn: null, isUsedInEarlierPeriod: false },
      PELATIHAN_MANDIRI,
      [],
    ],
    [
      'report where a certificate is required',
      { kind: 'report', issuedOn: null, isUsedInEarlierPeriod: false },
      ['certificate'],
      ['CERTIFICATE_KIND_NOT_ACCEPTED'],
    ],
  ])('%s → %j', (_name, source, acceptedKinds, codes) => {
    const problems = validateEvidenceSource({
      ruleSet: ruleSetFor('2024-S1'),
      source,
      acceptedKinds: acceptedKinds as never,
    });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });
});

describe('a reused certificate names the period it was used in (domain.md §3.4)', () => {
  it('fills {period} in the message', () => {
    const [problem] = validateEvidenceSource({
      ruleSet: ruleSetFor('2024-S2'),
      source: {
        kind: 'certificate',
        issuedOn: '2023-05-01',
        isUsedInEarlierPeriod: true,
        earlierPeriodLabel: 'Semester 1 2024 (Januari–Juni)',
      },
      acceptedKinds: null,
    });
    expect(problem).toEqual({
      code: 'CERTIFICATE_ALREADY_USED_IN_PERIOD',
      params: { period: 'Semester 1 2024 (Januari–Juni)' },
    });
  });
});
