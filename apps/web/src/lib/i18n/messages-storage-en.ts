import type { storageMessagesId } from './messages-storage';

/** English messages of this area. */
export const storageMessagesEn: Record<keyof typeof storageMessagesId, string> = {
  'storage.nav': 'File storage',
  'storage.title': 'File storage',
  'storage.store.local': 'Files are kept on the server’s disk.',
  'storage.store.s3': 'Files are kept in object storage (S3).',
  'storage.col.what': 'Kind',
  'storage.col.files': 'Files',
  'storage.col.size': 'Size',
  'storage.files': '{count} files',
  'storage.stored': 'All stored files',
  'storage.unreferenced': 'No longer used, awaiting deletion',
  'storage.temporary': 'Temporary upload files',
  'storage.note':
    'Files no longer used (for example replaced evidence) are deleted automatically {grace} hours after they were last uploaded. Temporary files of interrupted uploads are deleted after {tempAge} hours.',
};
