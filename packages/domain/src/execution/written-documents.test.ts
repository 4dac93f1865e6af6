import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../common/transition';
import { ruleSetFor } from '../rule-sets/registry';
import type { DocumentCommand, ExecutionDocument } from './document-commands';
import { DOCUMENT_STATES } from './document-machine';
import {
  REFLECTION_MAX_LENGTH,
  applyWrittenDocumentCommand,
  confirmAccountability,
} from './written-documents';

const planDutyCodes = ['merencanakan_pembelajaran', 'melaksanakan_pembelajaran'];
const reflection: ExecutionDocument = {
  kind: 'competency_reflection',
  state: 'empty',
  rhkCode: null,
  content: null,
};
const checklist: ExecutionDocument = { ...reflection, kind: 'main_duties_checklist' };
const apply = (document: ExecutionDocument, command: DocumentCommand, version = '2025') =>
  applyWrittenDocumentCommand({
    document,
    command,
    role: 'employee',
    ruleSet: ruleSetFor(version),
    planDutyCodes,
  });
const draftOf = (content: Extract<DocumentCommand, { type: 'save_draft' }>['content']) =>
  ({ type: 'save_draft', content }) as const;

describe('Dokumen Pengembangan Kompetensi (domain.md §3.6)', () => {
  it('keeps a draft, sends it, then refuses any change', () => {
    const saved = apply(reflection, draftOf({ type: 'reflection', text: 'Saya belajar…' }));
    expect(saved).toMatchObject({ ok: true, document: { state: 'draft' } });
    if (!saved.ok) return;
    const sent = apply(saved.document, { type: 'send' });
    expect(sent).toMatchObject({ ok: true, document: { state: 'sent' } });
    if (!sent.ok) return;
    const again = apply(sent.document, draftOf({ type: 'reflection', text: 'Ubah' }));
    expect(again).toMatchObject({ ok: false, code: 'DOCUMENT_LOCKED' });
  });

  it('limits the reflection to REFLECTION_MAX_LENGTH characters', () => {
    const exact = apply(
      reflection,
      draftOf({ type: 'reflection', text: 'a'.repeat(REFLECTION_MAX_LENGTH) }),
    );
    expect(exact.ok).toBe(true);
    const long = apply(
      reflection,
      draftOf({ type: 'reflection', text: 'a'.repeat(REFLECTION_MAX_LENGTH + 1) }),
    );
    expect(long).toMatchObject({
      ok: false,
      code: 'REFLECTION_TOO_LONG',
      params: { max: REFLECTION_MAX_LENGTH },
    });
  });

  it('is not a document of 2024', () => {
    const result = apply(reflection, draftOf({ type: 'reflection', text: 'x' }), '2024-S1');
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_KIND_NOT_IN_PERIOD' });
  });
});

describe('Dokumen Pelaksanaan Tugas Pokok (domain.md §3.5, §3.6)', () => {
  it('accepts duties of the plan', () => {
    const result = apply(
      checklist,
      draftOf({ type: 'checklist', completedDutyCodes: ['melaksanakan_pembelajaran'] }),
    );
    expect(result).toMatchObject({
      ok: true,
      document: { state: 'draft', content: { completedDutyCodes: ['melaksanakan_pembelajaran'] } },
    });
  });

  it('refuses duties that are in the catalogue but not in the plan, and duplicates', () => {
    const result = apply(
      checklist,
      draftOf({
        type: 'checklist',
        completedDutyCodes: [
          'menilai_hasil_pembelajaran',
          'merencanakan_pembelajaran',
          'merencanakan_pembelajaran',
        ],
      }),
    );
    expect(result).toMatchObject({ ok: false, code: 'DUPLICATE_CODE' });
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(['DUPLICATE_CODE', 'MAIN_DUTY_NOT_IN_PLAN']);
    expect(result.problems[1]?.params).toEqual({ code: 'menilai_hasil_pembelajaran' });
  });

  it('keeps the document machine refusals (unknown duty, empty send)', () => {
    expect(
      apply(checklist, draftOf({ type: 'checklist', completedDutyCodes: ['x'] })),
    ).toMatchObject({
      ok: false,
      code: 'MAIN_DUTY_UNKNOWN',
    });
    expect(apply(checklist, { type: 'send' })).toMatchObject({ ok: false, code: 'DOCUMENT_EMPTY' });
  });

  it('checks nothing more for a send', () => {
    const draft = { ...checklist, state: 'draft' as const };
    expect(apply(draft, { type: 'send' })).toMatchObject({ ok: true, document: { state: 'sent' } });
  });
});

describe('confirmAccountability (domain.md §3.5, §3.7)', () => {
  it.each(
    PARTICIPANT_ROLES.flatMap((role) =>
      DOCUMENT_STATES.flatMap((state) =>
        [true, false].map((isConfirmed) => ({ role, state, isConfirmed })),
      ),
    ),
  )('$role on a $state checklist (confirmed: $isConfirmed)', ({ role, state, isConfirmed }) => {
    const result = confirmAccountability({ role, state, isConfirmed });
    const expected =
      role !== 'supervisor'
        ? 'ROLE_NOT_ALLOWED'
        : state !== 'sent'
          ? 'ACCOUNTABILITY_NOT_SENT'
          : isConfirmed
            ? 'ACCOUNTABILITY_ALREADY_CONFIRMED'
            : 'confirmed';
    expect(result.ok ? result.state : result.code).toBe(expected);
  });
});
