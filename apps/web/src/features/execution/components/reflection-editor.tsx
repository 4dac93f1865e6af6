import type { WrittenDocument } from '@kinerja/contract';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { saveReflectionDocument } from '../api/execution-api';
import { DocumentActions } from './document-actions';
import { SaveState } from './save-state';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import { useDocumentDraft } from './use-document-draft';

const textOf = (doc: WrittenDocument) => doc.reflection?.text ?? '';

/**
 * "Lakukan" of the Dokumen Pengembangan Kompetensi: the refleksi hasil belajar, no supporting
 * evidence; "Simpan Draf" or "Kirim ke Atasan", after which it cannot be changed (§3.6, SEED4).
 */
export function ReflectionEditor({
  doc,
  supervisorName,
  onDocument,
}: {
  doc: WrittenDocument;
  supervisorName: string | null;
  onDocument: (doc: WrittenDocument) => void;
}) {
  const { t } = useI18n();
  const field = useRef<HTMLDivElement>(null);
  const draft = useDocumentDraft({
    doc,
    valueOf: textOf,
    same: (a, b) => a === b,
    save: (base, text) => saveReflectionDocument(base, text),
    onDocument,
    fromDevice: (raw) => (typeof raw === 'string' ? raw : null),
  });
  useEffect(() => field.current?.querySelector('textarea')?.focus(), []);
  const max = doc.reflection?.maxLength ?? 5000;
  return (
    <div className="stack exec-editor" ref={field}>
      <TextAreaField
        label={t('execution.reflection.label')}
        hint={t('execution.reflection.hint')}
        value={draft.value}
        maxLength={max}
        rows={8}
        onChange={(event) => draft.setValue(event.target.value)}
      />
      <p className="hint exec-count" aria-live="off">
        {t('execution.reflection.count', { count: draft.value.length, max })}
      </p>
      <DocumentActions
        draft={draft}
        kind="competency_reflection"
        canSend={draft.value.trim() !== ''}
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
