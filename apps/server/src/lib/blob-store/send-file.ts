import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/**
 * The response headers of a stored file (evidence, Bukti Karya, Modul Ajar). An uploaded PDF is
 * someone else's content: `Content-Security-Policy: sandbox` makes the browser open it in an opaque
 * origin without scripts, forms or access to our cookies or pages, whatever it contains; `nosniff`
 * keeps it a PDF. Inline by default (the "Cek" view), an attachment when `download` is asked.
 * Set here on the reply, so a global security-header hook must not replace an existing CSP.
 */
export function sendStoredPdf(
  reply: FastifyReply,
  file: { name: string; sizeBytes: number | null; download: boolean; stream: Readable },
): FastifyReply {
  const disposition = file.download ? 'attachment' : 'inline';
  return reply
    .header('content-type', 'application/pdf')
    .header('content-length', String(file.sizeBytes ?? ''))
    .header(
      'content-disposition',
      `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    .send(file.stream);
}
