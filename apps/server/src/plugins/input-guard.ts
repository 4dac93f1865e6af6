import { CONTROL_CHARACTER_MESSAGE, findControlCharacters } from '@kinerja/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../lib/app-error.js';

/**
 * Refuses control characters (NUL and the like) in every string of the JSON body, the query and the
 * path parameters with a 400 naming the field, before any route schema runs (issue 12 finding 7).
 * The contract's helpers (periodIdSchema, textSchema) refuse them too; this hook makes it hold for
 * every route, including one whose schema still uses a bare z.string(). Streams and buffers
 * (raw uploads, multipart) and whole-file text bodies are not looked at here.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const fields = [
      ...findControlCharacters(request.params),
      ...findControlCharacters(request.query),
      // A whole-file text body (the Rapor Pendidikan CSV) is its importer's to check, line by line.
      ...(typeof request.body === 'object' ? findControlCharacters(request.body) : []),
    ].map((path) => ({ field: path || '(isi)', message: CONTROL_CHARACTER_MESSAGE }));
    if (fields.length === 0) return;
    throw new AppError({
      code: 'VALIDATION_FAILED',
      message: `Data tidak valid — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
      fields,
    });
  });
}
