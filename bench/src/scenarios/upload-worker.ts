// Child process that plays the teachers of an upload round, so that their 10 MB bodies neither share
// the event loop nor count in the memory of the server being measured. Spawned by upload-client.ts.
import http from 'node:http';
import type {
  UploadRoundReply,
  UploadRoundResult,
  UploadRoundSpec,
  UploadTarget,
  UploadTiming,
} from './upload-types.js';

/** Bytes of the distinct start of every file: the PDF header and a comment naming the upload. */
const HEAD_BYTES = 64;

async function runRound(spec: UploadRoundSpec): Promise<UploadRoundResult> {
  // One shared body after the head: every file differs in its first line only, so the client holds
  // a single 10 MB buffer however many uploads are in flight.
  const tail = Buffer.alloc(spec.sizeBytes - HEAD_BYTES, 0x20);
  tail.write('\n%%EOF\n', tail.length - 7, 'latin1');
  const errorSamples: string[] = [];
  const started = performance.now();
  const uploads = await Promise.all(
    spec.targets.map((target, index) =>
      upload(spec, target, fileHead(`${spec.seed}-${index}`), tail).catch(
        (error: unknown): UploadTiming => {
          errorSamples.push(error instanceof Error ? error.message : String(error));
          return { status: 0, seconds: (performance.now() - started) / 1000, bytes: 0 };
        },
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, uploads, errorSamples };
}

/** `%PDF-1.7` then a comment with the upload's name, padded to HEAD_BYTES. */
function fileHead(name: string): Buffer {
  const head = Buffer.alloc(HEAD_BYTES, 0x20);
  head.write(`%PDF-1.7\n% kinerja bench ${name}`.slice(0, HEAD_BYTES - 1), 0, 'latin1');
  head.write('\n', HEAD_BYTES - 1, 'latin1');
  return head;
}

/** One PUT …/evidence/:slotId/file on its own connection, timed until the answer is read. */
function upload(
  spec: UploadRoundSpec,
  target: UploadTarget,
  head: Buffer,
  tail: Buffer,
): Promise<UploadTiming> {
  const base = new URL(spec.appUrl);
  const bytes = head.length + tail.length;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        agent: false,
        method: 'PUT',
        path: target.path,
        headers: {
          ...target.headers,
          'content-type': 'application/pdf',
          'content-length': String(bytes),
          'x-file-name': encodeURIComponent('Sertifikat Pelatihan (benchmark).pdf'),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const seconds = (performance.now() - started) / 1000;
          if (status !== 200) {
            const body = Buffer.concat(chunks).toString('utf8').slice(0, 300);
            reject(new Error(`PUT evidence file: ${status} ${body}`));
            return;
          }
          resolve({ status, seconds, bytes });
        });
        response.on('error', reject);
      },
    );
    request.setTimeout(spec.timeoutSeconds * 1000, () => {
      request.destroy(new Error(`no answer within ${spec.timeoutSeconds} s`));
    });
    request.on('error', reject);
    request.write(head);
    request.end(tail);
  });
}

process.once('message', (spec: UploadRoundSpec) => {
  runRound(spec).then(
    (result) => send({ ok: true, result }),
    (error: unknown) =>
      send({
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
process.send?.({ ready: true });

function send(reply: UploadRoundReply): void {
  process.send?.(reply, () => process.exit(0));
}
