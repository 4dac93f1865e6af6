import type { WrittenDocument } from '@kinerja/contract';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { saveChecklistDocument } from '../api/execution-api';
import { DocumentActions } from './document-actions';
import { SaveState } from './save-state';
import { useDocumentDraft } from './use-document-draft';

const doneOf = (doc: WrittenDocument) =>
  (doc.checklist?.duties ?? []).filter((duty) => duty.isCompleted).map((duty) => duty.code);

const sameCodes = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * "Lakukan" of the Dokumen Pelaksanaan Tugas Pokok: tick the duties of the approved plan that were
 * carried out; nothing is uploaded, proof is shown to the atasan in person (domain.md §3.6).
 */
export function ChecklistEditor({
  doc,
  supervisorName,
  onDocument,
}: {
  doc: WrittenDocument;
  supervisorName: string | null;
  onDocument: (doc: WrittenDocument) => void;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLFieldSetElement>(null);
  const draft = useDocumentDraft({
    doc,
    valueOf: doneOf,
    same: sameCodes,
    save: (base, codes) => saveChecklistDocument(base, codes),
    onDocument,
    fromDevice: (raw) =>
      Array.isArray(raw) && raw.every((code) => typeof code === 'string') ? raw : null,
  });
  useEffect(() => box.current?.querySelector('input')?.focus(), []);
  const duties = doc.checklist?.duties ?? [];
  const toggle = (code: string, isOn: boolean) =>
    draft.setValue(
      isOn
        ? [...draft.value.filter((c) => c !== code), code]
        : draft.value.filter((c) => c !== code),
    );
  return (
    <div className="stack exec-editor">
      <fieldset className="choice-list" ref={box}>
        <legend>{t('execution.checklist.legend')}</legend>
        <p className="hint">{t('execution.checklist.hint')}</p>
        {duties.map((duty) => (
          <label key={duty.code} className="radio">
            <input
              type="checkbox"
              checked={draft.value.includes(duty.code)}
              onChange={(event) => toggle(duty.code, event.target.checked)}
            />
            <span>
              {duty.name}
              {duty.isFocus ? (
                <strong className="exec-focus"> — {t('execution.checklist.focus')}</strong>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted">
        {t('execution.checklist.count', { done: draft.value.length, total: duties.length })}
      </p>
      <DocumentActions
        draft={draft}
        kind="main_duties_checklist"
        canSend={draft.value.length > 0}
        supervisorName={supervisorName}
        onSent={onDocument}
      />
      <SaveState
        state={draft.state}
        savedAt={draft.server.updatedAt}
        onRetry={() => void draft.saveNow()}
        keptOnDevice
      />
    </div>
  );
}
