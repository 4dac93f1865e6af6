import { inflateSync } from 'node:zlib';

// At most this much inflated content is read per file (the same kind of bound as the active-content
// scan): enough for the text of a certificate, bounded for a "zip bomb".
const TEXT_BUDGET = 16 * 1024 * 1024;
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** The bodies of a PDF's streams, inflated when they are Flate-compressed, within the budget. */
function streamBodies(pdf: Buffer): string[] {
  const bodies: string[] = [];
  let budget = TEXT_BUDGET;
  let at = pdf.indexOf(STREAM);
  while (at >= 0 && budget > 0) {
    const isEnd = at >= 3 && pdf.subarray(at - 3, at).toString('latin1') === 'end';
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start += 1;
    if (isEnd || pdf[start] !== 0x0a) {
      at = pdf.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    const end = pdf.indexOf(END_STREAM, start);
    const body = pdf.subarray(start + 1, end < 0 ? pdf.length : end);
    let text: Buffer;
    try {
      text = inflateSync(body, { maxOutputLength: budget, finishFlush: 2 });
    } catch {
      text = body;
    }
    budget -= text.length;
    bodies.push(text.toString('latin1'));
    at = end < 0 ? -1 : pdf.indexOf(STREAM, end + END_STREAM.length);
  }
  return bodies;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A PDF literal string "(…)" without its parentheses, escapes resolved. */
function literal(body: string): string {
  return body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_all, code: string) =>
    /^[0-7]/.test(code) ? String.fromCharCode(parseInt(code, 8)) : (ESCAPES[code] ?? code),
  );
}

const hexString = (hex: string): string =>
  Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');

/**
 * The text a PDF shows (the strings of its Tj/TJ/'/" operators), best effort and in order — enough
 * to recognise the same certificate in another file (a re-scan, a re-export). A PDF of images
 * (a real scan) has no text; the caller then compares by the certificate's details only.
 */
export function extractPdfText(pdf: Buffer): string {
  const parts: string[] = [];
  const operator = /(\[(?:[^\]\\]|\\.)*\]|\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)\s*(TJ|Tj|'|")/gs;
  const piece = /\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>/gs;
  for (const body of streamBodies(pdf)) {
    for (const match of body.matchAll(operator)) {
      for (const item of match[1]!.matchAll(piece)) {
        const token = item[0];
        parts.push(
          token.startsWith('(')
            ? literal(token.slice(1, -1))
            : hexString(token.slice(1, -1).replace(/\s+/g, '')),
        );
      }
      parts.push(' ');
    }
  }
  return parts.join('');
}
