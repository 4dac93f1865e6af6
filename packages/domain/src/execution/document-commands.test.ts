import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../common/transition';
import { ruleSetFor } from '../rule-sets/registry';
import type { DocumentKind } from '../rule-sets/rule-set';
import {
  applyDocumentCommand,
  type DocumentCommand,
  type DocumentContent,
  type ExecutionDocument,
} from './document-commands';
import { isDocumentLocked } from './document-machine';

const MB = 1024 * 1024;
const upload = (
  sizeBytes = MB,
  source: Extract<DocumentContent, { type: 'upload' }>['source'] = null,
): DocumentContent => ({
  type: 'upload',
  file: { fileName: 'bukti.pdf', mimeType: 'application/pdf', sizeBytes },
  source,
});
const doc = (kind: DocumentKind, rhkCode: string | null = null): ExecutionDocument => ({
  kind,
  state: 'empty',
  rhkCode,
  content: null,
});
const apply = (options: {
  document: ExecutionDocument;
  command: DocumentCommand;
  version?: string;
}) =>
  applyDocumentCommand({
    ...options,
    role: 'employee',
    ruleSet: ruleSetFor(options.version ?? '2024-S1'),
  });

describe('applyDocumentCommand (domain.md §3.4, §3.6)', () => {
  it.each<[string, string, ExecutionDocument, DocumentContent, string | null]>([
    [
      '2024 competency certificate',
      '2024-S1',
      doc('competency_evidence', 'penggerak_komunitas_belajar'),
      upload(MB, { kind: 'certificate', issuedOn: '2023-06-01', isUsedInEarlierPeriod: false }),
      null,
    ],
    [
      '2024 SK Selesai Topik for pelatihan mandiri',
      '2024-S1',
      doc('competency_evidence', 'pelatihan_mandiri'),
      upload(MB, {
        kind: 'surat_keterangan_selesai_topik',
        issuedOn: '2024-01-10',
        isUsedInEarlierPeriod: false,
      }),
      null,
    ],
    [
      '2024 report where a certificate is expected',
      '2024-S1',
      doc('competency_evidence', 'narasumber_berbagi_praktik_baik'),
      upload(MB, { kind: 'report', issuedOn: null, isUsedInEarlierPeriod: false }),
      'CERTIFICATE_KIND_NOT_ACCEPTED',
    ],
    [
      '2024 RHK whose evidence kinds are a gap',
      '2024-S1',
      doc('competency_evidence', 'pelatihan_jangka_pendek_menengah'),
      upload(MB, { kind: 'report', issuedOn: null, isUsedInEarlierPeriod: false }),
      null,
    ],
    [
      '2024 old certificate',
      '2024-S2',
      doc('competency_evidence', 'penggerak_komunitas_belajar'),
      upload(MB, { kind: 'certificate', issuedOn: '2022-11-01', isUsedInEarlierPeriod: false }),
      'CERTIFICATE_TOO_OLD',
    ],
    [
      '2024 SK + laporan tugas tambahan, 11 MB',
      '2024-S1',
      doc('additional_duty_evidence'),
      upload(11 * MB),
      'EVIDENCE_TOO_LARGE',
    ],
    [
      '2024 SK + laporan tugas tambahan',
      '2024-S1',
      doc('additional_duty_evidence'),
      upload(),
      null,
    ],
    [
      '2024 text where a PDF is expected',
      '2024-S1',
      doc('competency_evidence'),
      { type: 'reflection', text: 'x' },
      'DOCUMENT_CONTENT_MISMATCH',
    ],
    [
      '2025 reflection',
      '2025',
      doc('competency_reflection'),
      { type: 'reflection', text: 'Saya belajar disiplin positif.' },
      null,
    ],
    [
      '2025 empty reflection',
      '2025',
      doc('competency_reflection'),
      { type: 'reflection', text: '   ' },
      'REFLECTION_EMPTY',
    ],
    [
      '2026 checklist',
      '2026',
      doc('main_duties_checklist'),
      { type: 'checklist', completedDutyCodes: ['merencanakan_pembelajaran'] },
      null,
    ],
    [
      '2026 empty checklist',
      '2026',
      doc('main_duties_checklist'),
      { type: 'checklist', completedDutyCodes: [] },
      'CHECKLIST_EMPTY',
    ],
    [
      '2026 unknown duty',
      '2026',
      doc('main_duties_checklist'),
      { type: 'checklist', completedDutyCodes: ['x'] },
      'MAIN_DUTY_UNKNOWN',
    ],
    // No uploads from 2025 — domain.md §3.6
    ['2025 upload', '2025', doc('competency_evidence'), upload(), 'DOCUMENT_KIND_NOT_IN_PERIOD'],
    [
      '2024 reflection document',
      '2024-S1',
      doc('competency_reflection'),
      { type: 'reflection', text: 'x' },
      'DOCUMENT_KIND_NOT_IN_PERIOD',
    ],
  ])('save_draft: %s (%s)', (_name, version, document, content, code) => {
    const result = apply({ document, command: { type: 'save_draft', content }, version });
    expect(result.ok ? null : result.code).toBe(code);
    if (result.ok) expect(result.document).toMatchObject({ state: 'draft', content });
  });

  it('collects a draft upload, then refuses every change ("tidak bisa dilakukan perubahan kembali")', () => {
    const saved = apply({
      document: doc('additional_duty_evidence'),
      command: { type: 'save_draft', content: upload() },
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const collected = apply({ document: saved.document, command: { type: 'collect' } });
    expect(collected.ok && collected.document.state).toBe('collected');
    if (!collected.ok) return;
    const again = apply({
      document: collected.document,
      command: { type: 'save_draft', content: upload(2 * MB) },
    });
    expect(!again.ok && again.code).toBe('DOCUMENT_LOCKED');
  });

  it('sends a reflection with "Kirim ke Atasan"', () => {
    const saved = apply({
      version: '2025',
      document: doc('competency_reflection'),
      command: { type: 'save_draft', content: { type: 'reflection', text: 'Refleksi' } },
    });
    const sent = saved.ok
      ? apply({ version: '2025', document: saved.document, command: { type: 'send' } })
      : saved;
    expect(sent.ok && sent.document.state).toBe('sent');
  });

  it('lists every problem of an upload', () => {
    const content = upload(11 * MB, {
      kind: 'certificate',
      issuedOn: '2022-01-01',
      isUsedInEarlierPeriod: true,
    });
    const result = apply({
      document: doc('competency_evidence', 'penggerak_komunitas_belajar'),
      command: { type: 'save_draft', content },
    });
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual([
      'EVIDENCE_TOO_LARGE',
      'CERTIFICATE_TOO_OLD',
      'CERTIFICATE_ALREADY_USED',
    ]);
  });

  it('refuses a supervisor acting on the employee document', () => {
    const result = applyDocumentCommand({
      document: doc('additional_duty_evidence'),
      command: { type: 'save_draft', content: upload() },
      role: 'supervisor',
      ruleSet: ruleSetFor('2024-S1'),
    });
    expect(!result.ok && result.code).toBe('ROLE_NOT_ALLOWED');
  });
});

describe('a collected or sent document never changes (fast-check)', () => {
  const content = fc.oneof(
    fc.integer({ min: 0, max: 12 * MB }).map((size) => upload(size)),
    fc.string().map((text): DocumentContent => ({ type: 'reflection', text })),
    fc
      .subarray(['merencanakan_pembelajaran', 'menilai_hasil_pembelajaran', 'x'])
      .map((codes): DocumentContent => ({ type: 'checklist', completedDutyCodes: codes })),
  );
  const command = fc.oneof(
    {
      weight: 3,
      arbitrary: content.map((c): DocumentCommand => ({ type: 'save_draft', content: c })),
    },
    fc.constant<DocumentCommand>({ type: 'collect' }),
    fc.constant<DocumentCommand>({ type: 'send' }),
  );
  const step = fc.record({
    command,
    role: fc.oneof(
      { weight: 4, arbitrary: fc.constant('employee' as const) },
      fc.constantFrom(...PARTICIPANT_ROLES),
    ),
  });

  function replay(
    version: string,
    kind: DocumentKind,
    steps: ReadonlyArray<{ command: DocumentCommand; role: (typeof PARTICIPANT_ROLES)[number] }>,
  ) {
    let document = doc(kind);
    let locked: ExecutionDocument | null = null;
    for (const { command: c, role } of steps) {
      const result = applyDocumentCommand({
        document,
        command: c,
        role,
        ruleSet: ruleSetFor(version),
      });
      if (locked) expect(result.ok).toBe(false);
      if (result.ok) document = result.document;
      if (!locked && isDocumentLocked(document.state)) locked = document;
      if (locked) expect(document).toEqual(locked);
    }
    return locked !== null;
  }
  const steps = fc.array(step, { minLength: 5, maxLength: 25 });

  it.each([
    ['2024-S1', 'additional_duty_evidence'],
    ['2025', 'competency_reflection'],
    ['2026', 'main_duties_checklist'],
  ] as const)('%s %s', (version, kind) => {
    fc.assert(
      fc.property(steps, (sequence) => void replay(version, kind, sequence)),
      { numRuns: 200 },
    );
    // The generator must actually reach locked documents for the property to mean anything.
    const locking = fc
      .sample(steps, { numRuns: 100, seed: 7 })
      .filter((sequence) => replay(version, kind, sequence));
    expect(locking.length).toBeGreaterThan(20);
  });
});
