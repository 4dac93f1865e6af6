import { crc32, deflateSync } from 'node:zlib';

// The app's icons (issue 17: installable app), drawn here rather than committed as binaries: a
// white "K" on the app's theme blue. The maskable one keeps the letter inside the central 60 %,
// so any launcher mask (circle, squircle) leaves it whole.

const BLUE = [0x0b, 0x4f, 0x8a] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** Distance from point p to the segment a–b (all in units of the icon's side). */
function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const along = Math.max(
    0,
    Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(p[0] - (a[0] + along * dx), p[1] - (a[1] + along * dy));
}

/** True where the letter K covers the point; `scale` shrinks it towards the centre. */
function isLetter(x: number, y: number, scale: number): boolean {
  const p: [number, number] = [0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5) / scale];
  const stroke = 0.055;
  const stem = distanceToSegment(p, [0.36, 0.24], [0.36, 0.76]) < stroke;
  const upper = distanceToSegment(p, [0.39, 0.52], [0.66, 0.24]) < stroke;
  const lower = distanceToSegment(p, [0.45, 0.45], [0.68, 0.76]) < stroke;
  return stem || upper || lower;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A square RGB PNG of the app icon, `size` pixels wide; `maskable` keeps the safe zone. */
export function appIconPng(size: number, maskable: boolean): Buffer {
  const scale = maskable ? 0.7 : 1;
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const colour = isLetter((x + 0.5) / size, (y + 0.5) / size, scale) ? WHITE : BLUE;
      rows.set(colour, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icons the manifest lists: file name, pixel size and purpose. */
export const APP_ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;
