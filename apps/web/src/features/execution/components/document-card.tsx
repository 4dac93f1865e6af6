import type { WrittenDocument } from '@kinerja/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { ChecklistEditor } from './checklist-editor';
import { AccountabilityNote, DocumentContent } from './document-content';
import { DocumentStateBadge } from './document-state-badge';
import { ReflectionEditor } from './reflection-editor';

/**
 * One document of Pelaksanaan Kinerja 2025+ (domain.md §3.6): its state, "Lakukan" to write it,
 * and once sent the read-only content with the date it went to the atasan.
 */
export function DocumentCard({
  doc,
  supervisorName,
  onDocument,
}: {
  doc: WrittenDocument;
  supervisorName: string | null;
  onDocument: (doc: WrittenDocument) => void;
}) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [isEditing, setEditing] = useState(false);
  const [justSent, setJustSent] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // After "Kirim ke Atasan" the editor (and the dialog's opener) is gone: start at the heading.
  useEffect(() => {
    if (justSent) heading.current?.focus();
  }, [justSent]);
  const onChange = (next: WrittenDocument) => {
    if (next.state === 'sent' && doc.state !== 'sent') setJustSent(true);
    onDocument(next);
  };
  const isReflection = doc.kind === 'competency_reflection';
  const editing = isEditing && doc.abilities.canSaveDraft;
  const Editor = isReflection ? ReflectionEditor : ChecklistEditor;
  return (
    <section className="card exec-doc" aria-labelledby={headingId} data-kind={doc.kind}>
      <div className="exec-doc-head">
        <h2 id={headingId} className="card-heading" ref={heading} tabIndex={-1}>
          {doc.label}
        </h2>
        <DocumentStateBadge state={doc.state} label={doc.stateLabel} />
      </div>
      <p>{t(`execution.document.intro.${doc.kind}`)}</p>
      {justSent ? (
        <p className="alert exec-success" role="status">
          {t('execution.document.sentNow')}
        </p>
      ) : null}
      {doc.sentAt ? (
        <p className="muted">
          {t('execution.document.sentAt', { date: formatDateTime(doc.sentAt, locale) })}
        </p>
      ) : null}
      {editing ? (
        <Editor doc={doc} supervisorName={supervisorName} onDocument={onChange} />
      ) : doc.state === 'sent' || (doc.state === 'draft' && !doc.abilities.canSaveDraft) ? (
        <DocumentContent doc={doc} />
      ) : null}
      {isReflection ? null : <AccountabilityNote doc={doc} />}
      {doc.abilities.canSaveDraft && !editing ? (
        <button type="button" className="btn btn-primary" onClick={() => setEditing(true)}>
          {doc.state === 'draft' ? t('execution.document.continue') : t('execution.document.start')}
        </button>
      ) : null}
    </section>
  );
}
