import Fastify, { type FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';

/** The upload floor: a bare route on its own port in the server's process. */
export type UploadFloor = { url: string; path: string; close(): Promise<void> };

/**
 * A bare Fastify route that reads a raw body to its end and throws the bytes away: no session,
 * database, hashing, disk or fsync. What 20 concurrent 10 MB bodies cost over loopback on this
 * machine at least — the upload scenario's floor, as the primary-key read is the other scenarios'.
 */
export async function startUploadFloor(): Promise<UploadFloor> {
  const floor: FastifyInstance = Fastify({ logger: false });
  floor.removeAllContentTypeParsers();
  floor.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  floor.put('/floor/upload', async (request) => {
    let bytes = 0;
    for await (const chunk of request.body as Readable) bytes += (chunk as Buffer).length;
    return { bytes };
  });
  const url = await floor.listen({ port: 0, host: '127.0.0.1' });
  return { url, path: '/floor/upload', close: () => floor.close() };
}
