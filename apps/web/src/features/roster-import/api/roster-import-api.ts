import {
  rosterImportCreatedSchema,
  rosterImportSchema,
  type RosterImport,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';
import { uploadFile } from '../../../lib/api/upload';

/** POST /api/roster-imports (multipart field `file`) with upload progress; 202 → the import's id. */
export const startRosterImport = async (file: File, onProgress: (percent: number) => void) =>
  (
    await uploadFile(rosterImportCreatedSchema, {
      url: '/api/roster-imports',
      file,
      field: 'file',
      onProgress,
    })
  ).id;

/** GET /api/roster-imports/:id — status, progress and result. */
export const fetchRosterImport = (id: string): Promise<RosterImport> =>
  apiRequest(rosterImportSchema, `/api/roster-imports/${encodeURIComponent(id)}`);

/** Whether an import has finished one way or the other. */
export const isFinished = (item: RosterImport): boolean =>
  item.status === 'completed' || item.status === 'failed';
