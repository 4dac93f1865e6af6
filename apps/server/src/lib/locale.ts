import type { FastifyRequest } from 'fastify';

/** Bahasa Indonesia unless the client asks for English first. */
export function requestLocale(request: FastifyRequest): 'id' | 'en' {
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim()) ? 'en' : 'id';
}
