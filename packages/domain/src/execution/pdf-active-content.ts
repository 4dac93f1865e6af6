// Active content in an uploaded PDF (architecture.md §4; issue 12 finding 8): evidence, Bukti Karya
// and Modul Ajar are documents to read, so a PDF that can run code or carry other files is refused.
//
// What is caught: the PDF *names* below anywhere in the bytes the scanner is given, also when
// hex-escaped (`/J#61vaScript`). A JavaScript action always names its type (`/S /JavaScript`), and
// the document-level scripts sit under `/JavaScript` in the Names tree, so `/JavaScript` is the
// reliable mark; `/JS` alone (2 letters) is not used because it occurs by chance in compressed
// data about once per 20 MB. `/OpenAction` and `/AA` only say *when* an action runs (many
// generators open at page 1 with `/OpenAction`); what they run is judged by its own name.
// What is not caught here: names inside compressed streams (PDF 1.5 object streams, /ObjStm) — the
// server inflates those and feeds their content to the same scanner — and names inside encrypted
// PDFs, whose objects cannot be read without the key.

/** The PDF names that make a file active content. */
export const PDF_ACTIVE_NAMES = [
  'JavaScript',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'SubmitForm',
  'ImportData',
  'XFA',
] as const;

/** One kind of active content found in a PDF. */
export type PdfActiveName = (typeof PDF_ACTIVE_NAMES)[number];

const ACTIVE = new Set<string>(PDF_ACTIVE_NAMES);
// A name is at most 127 bytes (ISO 32000-1 Annex C); escaped, at most 3 bytes per character.
const MAX_RAW_NAME = 3 * 127;
const SOLIDUS = 0x2f;
const HASH = 0x23;

// Whitespace and delimiters end a name (ISO 32000-1 §7.2.2).
const ENDS_NAME = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32, 40, 41, 60, 62, 91, 93, 123, 125, 47, 37]) {
  ENDS_NAME[byte] = 1;
}

const hexValue = (byte: number): number => {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
};

/** A name's characters with `#xx` escapes decoded (ISO 32000-1 §7.3.5). */
function decodeName(raw: readonly number[]): string {
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i]!;
    if (byte === HASH && i + 2 < raw.length) {
      const high = hexValue(raw[i + 1]!);
      const low = hexValue(raw[i + 2]!);
      if (high >= 0 && low >= 0) {
        text += String.fromCharCode(high * 16 + low);
        i += 2;
        continue;
      }
    }
    text += String.fromCharCode(byte);
  }
  return text;
}

/** Scans a PDF chunk by chunk (names may straddle chunks); `found` lists what it saw, sorted. */
export type PdfActiveContentScanner = {
  feed: (bytes: Uint8Array) => void;
  found: () => PdfActiveName[];
};

/** A new scanner for one file. */
export function createPdfActiveContentScanner(): PdfActiveContentScanner {
  const seen = new Set<PdfActiveName>();
  let name: number[] | null = null;
  const endName = () => {
    if (name && name.length > 0 && name.length <= MAX_RAW_NAME) {
      const decoded = decodeName(name);
      if (ACTIVE.has(decoded)) seen.add(decoded as PdfActiveName);
    }
    name = null;
  };
  return {
    feed(bytes) {
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i]!;
        if (name) {
          if (ENDS_NAME[byte] === 0) {
            // Longer than any name: not one of ours; stop collecting but wait for its end.
            if (name.length <= MAX_RAW_NAME) name.push(byte);
            continue;
          }
          endName();
        }
        if (byte === SOLIDUS) name = [];
      }
    },
    found() {
      endName();
      return [...seen].sort();
    },
  };
}

/** The active content named in a whole PDF (or any part of one); [] when there is none. */
export function findPdfActiveContent(bytes: Uint8Array): PdfActiveName[] {
  const scanner = createPdfActiveContentScanner();
  scanner.feed(bytes);
  return scanner.found();
}
