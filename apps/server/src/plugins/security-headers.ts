import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

/**
 * The SPA's Content-Security-Policy. The Vite build has no inline script or style (index.html loads
 * hashed files from /assets), so 'self' suffices. React writes `style={…}` through the CSSOM
 * (element.style), which style-src does not govern, so no 'unsafe-inline' is needed for styles either.
 * data: images cover the empty favicon and Swagger UI's icons at /api/docs.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline service worker and the web manifest (issue 17): our own files only.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the app never uses, switched off for it and anything it might embed. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

const BASE_HEADERS: Record<string, string> = {
  'content-security-policy': APP_CSP,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'permissions-policy': PERMISSIONS_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const HSTS = 'max-age=31536000; includeSubDomains';

/** HTTPS when the public address is https, or a trusted proxy says the request came over https. */
function isHttps(config: Config, request: FastifyRequest): boolean {
  if (config.publicUrl.startsWith('https://')) return true;
  return config.trustProxy && request.protocol === 'https';
}

/**
 * Security headers on every response: pages, API, files, 404s and errors (issue 12 finding 5).
 * A route overrides one by setting it itself (e.g. a file download's sandbox CSP): a header the
 * reply already carries is kept.
 */
export function registerSecurityHeaders(app: FastifyInstance, config: Config): void {
  app.addHook('onSend', async (request, reply) => {
    for (const [name, value] of Object.entries(BASE_HEADERS)) {
      if (!reply.hasHeader(name)) void reply.header(name, value);
    }
    if (isHttps(config, request) && !reply.hasHeader('strict-transport-security')) {
      void reply.header('strict-transport-security', HSTS);
    }
  });
}
