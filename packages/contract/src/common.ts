import { z } from './zod.js';

/** Standard 200 body for actions that return nothing else. */
export const okResponseSchema = z.object({ ok: z.literal(true) });

/** Trimmed, lower-cased email address. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: 'Email paling panjang 254 karakter' })
  .toLowerCase()
  .pipe(z.email({ error: 'Email tidak valid; contoh: nama@guru.sd.belajar.id' }));

/** A UUID path parameter. */
export const idParamsSchema = z.object({ id: z.uuid({ error: 'ID tidak valid (harus UUID)' }) });
