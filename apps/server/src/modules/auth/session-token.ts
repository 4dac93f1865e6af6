import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Cookie that carries the opaque session id. */
export const SESSION_COOKIE = 'kinerja_session';

/** A new opaque, unguessable token (session id or CSRF token). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by hash so a leaked table cannot be replayed as cookies. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
