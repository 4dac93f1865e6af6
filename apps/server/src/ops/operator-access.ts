import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/app-error.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const PROXY_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Who may read /metrics or take a backup (docs/OPERATIONS.md): with METRICS_TOKEN set, whoever sends it as a bearer
 * token; without it, only a client on this machine talking to the app directly. A request that came
 * through a proxy (it carries a forwarding header) is refused even from loopback, because behind
 * nginx every visitor would look local. Route and label names are operational, not personal data,
 * but they reveal load and backlog, so they are not public.
 */
export function assertOperator(request: FastifyRequest, token: string | undefined): void {
  if (token) {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (sameSecret(given, token)) return;
    throw new AppError({
      code: 'UNAUTHENTICATED',
      message: 'Layanan operasi hanya dapat dipakai dengan token pemantauan yang benar.',
    });
  }
  const isLocal = LOOPBACK.has(request.socket.remoteAddress ?? '');
  const isProxied = PROXY_HEADERS.some((name) => request.headers[name] !== undefined);
  if (isLocal && !isProxied) return;
  throw new AppError({
    code: 'FORBIDDEN',
    message:
      'Layanan operasi hanya dapat dipakai dari server ini sendiri, atau dengan token pemantauan.',
  });
}
