import type { documentVersionMessagesId } from './messages-document-versions';

/** English counterparts. */
export const documentVersionMessagesEn: Record<keyof typeof documentVersionMessagesId, string> = {
  'documentVersions.heading': 'Versions of the Dokumen Evaluasi Kinerja',
  'documentVersions.intro':
    'A set document never changes by itself: every download gives the same file. Facts that change later reach the document only through a new numbered version.',
  'documentVersions.version': 'Version {number}',
  'documentVersions.number': 'Document number',
  'documentVersions.issuedAt': 'Issued',
  'documentVersions.why': 'Reason',
  'documentVersions.code': 'Verification code',
  'documentVersions.fileHash': 'File fingerprint (SHA-256)',
  'documentVersions.fileHashPending': 'Made when the document is first downloaded',
  'documentVersions.latest': 'current',
  'documentVersions.reason.finalize': 'Set',
  'documentVersions.reason.reissue': 'New version issued',
  'documentVersions.reason.first_download': 'Stored at the first download',
  'documentVersions.laterFactsTitle': 'Facts changed since version {number}:',
  'documentVersions.laterFact': '{label}: {before} → {after}',
  'documentVersions.noLaterFacts':
    'No fact has changed since the latest version; no new version is needed.',
  'documentVersions.reissue': 'Issue a new version',
  'documentVersions.dialogTitle': 'Issue a new version of the document?',
  'documentVersions.dialogBody':
    'Version {next} of the Dokumen Evaluasi Kinerja of {name} will be issued with a new number and the latest facts below. Version {current} stays stored as it is. {name} will be notified.',
  'documentVersions.confirm': 'Issue version {next}',
  'documentVersions.pending': 'Issuing…',
  'documentVersions.done': 'Version {number} issued with number {documentNumber}.',
};
