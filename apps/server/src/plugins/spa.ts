import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Finds the built SPA (apps/web/dist) from the source tree or the server bundle. */
function webDist(): string | undefined {
  for (const relative of ['../../web/dist', '../../../web/dist']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${dir}/index.html`)) return dir;
  }
  return undefined;
}

/** Vite's hashed file names (and their .br/.gz) change with their content: cached for a year; the rest revalidates. */
export function cacheControlFor(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.br|\.gz)?$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/** The offline service worker (issue 17): always revalidated, so a release is noticed on the next visit. */
const SERVICE_WORKER = /[\\/]sw\.js$/;

/** Serves the built SPA on the API's port; unknown non-API paths get index.html for client routing. */
export async function registerSpa(app: FastifyInstance, webRoot?: string): Promise<void> {
  const root = webRoot ?? webDist();
  if (root)
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      // The build writes .br/.gz beside each file (apps/web/build/precompress.ts): sent as they are.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        void reply.header('cache-control', cacheControlFor(path));
        // The worker controls the whole app, not only the folder it is served from.
        if (SERVICE_WORKER.test(path)) void reply.header('service-worker-allowed', '/');
      },
    });
  app.setNotFoundHandler(async (request, reply) => {
    if (root && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({
      error: { code: 'NOT_FOUND', message: 'Alamat tidak ditemukan.', requestId: request.id },
    });
  });
}
