import { z } from './zod.js';

/**
 * Control characters no request text may carry: NUL (PostgreSQL text cannot store it, so it used to
 * end as a 500) and the other C0 controls and DEL. Tab, line feed and carriage return stay allowed
 * for multi-line text such as notes and reasons.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The message for a refused control character, named after the field by the caller. */
export const CONTROL_CHARACTER_MESSAGE =
  'berisi karakter kendali (mis. NUL) yang tidak diizinkan; hapus karakter tersebut';

/** True when the text carries a control character a request may not send. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/**
 * Paths (`a.b.0`) of every string in a parsed request (JSON body, query, path parameters) that
 * carries a control character, keys included. Used by the server before any route schema runs,
 * so every request schema, present or future, refuses them the same way.
 */
export function findControlCharacters(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return hasControlCharacters(value) ? [path.join('.')] : [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => findControlCharacters(item, [...path, String(i)]));
  if (value === null || typeof value !== 'object' || !isParsedRecord(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    hasControlCharacters(key)
      ? [[...path, '(nama kolom)'].join('.')]
      : findControlCharacters(item, [...path, key]),
  );
}

/** A record parsed from JSON or a query string (whose parser gives it its own null-based prototype), not a buffer or stream. */
function isParsedRecord(value: object): boolean {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return false;
  return typeof (value as { pipe?: unknown }).pipe !== 'function';
}

/**
 * Trimmed request text with a length limit and no control characters. Use for every free-text
 * field of a request schema.
 */
export function textSchema(options: { max: number; min?: number; minMessage?: string }) {
  return z
    .string()
    .trim()
    .min(options.min ?? 0, options.minMessage ? { error: options.minMessage } : undefined)
    .max(options.max, { error: `paling panjang ${options.max} karakter` })
    .refine((text) => !hasControlCharacters(text), { error: CONTROL_CHARACTER_MESSAGE });
}

/** A period id as the domain names them ('2024-S1', '2025', '2026'): letters, digits and '-'. */
export const periodIdSchema = z
  .string()
  .trim()
  .min(1, { error: 'periode wajib diisi' })
  .max(20, { error: 'periode tidak valid (paling panjang 20 karakter)' })
  .regex(/^[0-9A-Za-z-]+$/, {
    error: 'periode tidak valid; pilih salah satu dari daftar periode, mis. 2026',
  });

/** A uuid-shaped id of a record, named in the message. */
export function uuidSchema(field: string) {
  return z.uuid({ error: `${field} tidak valid (harus UUID)` });
}
