import { crc32, inflateSync } from 'node:zlib';
import type { AssessmentPage } from '@kinerja/contract';
import type { TestApp } from '../../test/test-app.js';
import {
  fillTestIndicator,
  makeAdmin,
  clientFor,
  planOf,
  validContent,
  type Client,
} from '../plans/plan-test-support.js';

// Test support only: approved plans in each period, instants inside its windows, page parsing.

/** Instants inside the planning and the assessment window of each period, and a valid practice code. */
export const WINDOWS = {
  '2024-S1': {
    // From 15 January a principal may plan too (domain.md §1.1).
    planning: '2024-01-16T03:00:00.000Z',
    execution: '2024-03-01T03:00:00.000Z',
    assessment: '2024-06-10T03:00:00.000Z',
    after: '2024-07-02T03:00:00.000Z',
    practice: 'instruksi_pembelajaran',
  },
  '2024-S2': {
    planning: '2024-07-10T03:00:00.000Z',
    execution: '2024-09-02T03:00:00.000Z',
    assessment: '2024-12-10T03:00:00.000Z',
    after: '2025-01-02T03:00:00.000Z',
    practice: 'instruksi_pembelajaran',
  },
  '2025': {
    planning: '2025-01-15T03:00:00.000Z',
    execution: '2025-03-03T03:00:00.000Z',
    assessment: '2025-11-20T03:00:00.000Z',
    after: '2026-01-02T03:00:00.000Z',
    practice: 'keteraturan_suasana_kelas',
  },
  '2026': {
    planning: '2026-01-12T03:00:00.000Z',
    execution: '2026-03-02T03:00:00.000Z',
    assessment: '2026-12-07T03:00:00.000Z',
    after: '2027-01-04T03:00:00.000Z',
    practice: 'penerapan_disiplin_positif',
  },
} as const;

/** A period id with windows above. */
export type TestPeriod = keyof typeof WINDOWS;

/** Fills the 2025+ competency-indicator gap once per period (an administrator's catalogue edit). */
export async function prepareCatalogues(t: TestApp, periods: readonly TestPeriod[]): Promise<void> {
  const { app, ctx } = t;
  const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
  for (const periodId of periods) {
    if (!periodId.startsWith('2024')) await fillTestIndicator(admin, periodId);
  }
}

/**
 * An approved plan: Mulai, data diri (and team for 2026 principals), a valid draft, Ajukan and —
 * unless the period approves on submission — Setujui by the approver. Leaves the clock in planning.
 */
export async function approvedPlan(
  t: TestApp,
  options: {
    periodId: TestPeriod;
    employee: Client;
    approver: Client | null;
    kind?: 'teacher' | 'principal';
  },
): Promise<string> {
  const { periodId, employee, approver } = options;
  const kind = options.kind ?? 'teacher';
  t.setNow(WINDOWS[periodId].planning);
  const started = planOf(await employee.post('/api/plans', { periodId, kind }), 201);
  let version = planOf(
    await employee.post(`/api/plans/${started.id}/personal-data/confirm`),
  ).version;
  if (kind === 'principal' && periodId === '2026') {
    version = planOf(await employee.post(`/api/plans/${started.id}/confirm-team`)).version;
  }
  const practice = kind === 'principal' ? 'presentasi_visi_misi' : WINDOWS[periodId].practice;
  const content = validContent(periodId, { practice });
  planOf(await employee.put(`/api/plans/${started.id}/draft`, { version, content }));
  const submitted = planOf(await employee.post(`/api/plans/${started.id}/submit`));
  if (submitted.status === 'approved') return started.id;
  if (!approver) throw new Error(`plan ${started.id} needs an approver`);
  planOf(await approver.post(`/api/plans/${started.id}/approve`));
  return started.id;
}

/** Parses an assessor page (throws with the body when the status is not the expected one). */
export function pageOf(
  response: { statusCode: number; body: string },
  status = 200,
): AssessmentPage {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as AssessmentPage;
}

/** A complete draft body with both ratings and some feedback. */
export function draftBody(options: {
  version: number;
  result: string;
  behaviour: string;
  notes?: string;
  document?: string;
}) {
  return {
    ...(options.document ? { document: options.document } : {}),
    version: options.version,
    workResultRating: options.result,
    workBehaviourRating: options.behaviour,
    behaviourFeedback: {
      berorientasi_pelayanan: 'Melayani peserta didik dengan ramah dan cekatan.',
      kolaboratif: 'Aktif di komunitas belajar sekolah.',
    },
    notes: options.notes ?? 'Pertahankan praktik baik; perkuat umpan balik kepada murid.',
  };
}

/** Saves a draft and sets ("Tetapkan") it; returns the final page. */
export async function assessAndSet(
  assessor: Client,
  planId: string,
  options: { result: string; behaviour: string; document?: string; notes?: string },
): Promise<AssessmentPage> {
  const query = options.document ? `?document=${options.document}` : '';
  const before = pageOf(await assessor.get(`/api/plans/${planId}/assessment${query}`));
  const body = draftBody({ ...options, version: before.assessment.version });
  const saved = pageOf(await assessor.put(`/api/plans/${planId}/assessment`, body));
  const id = saved.assessment.id!;
  return pageOf(
    await assessor.post(`/api/assessments/${id}/finalize`, {
      version: saved.assessment.version,
      isConfirmed: true,
    }),
  );
}

/** The entries of a (non-ZIP64) ZIP file, each checked against its CRC-32. */
export function readZip(zip: Buffer): Array<{ name: string; data: Buffer }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Array<{ name: string; data: Buffer }> = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength;
  }
  return entries;
}

const WIN_ANSI: Record<number, string> = {
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};

/**
 * The text of a pdfkit PDF, page by page: each content stream is cut by its /Length (a compressed
 * stream may end in a byte that a line-based split would eat) and inflated, then its text operators
 * are joined. Test support only.
 */
export function documentText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const bytes = pdf.subarray(start, start + Number(match[1]));
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hexes = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)];
      lines.push(
        hexes
          .map((hex) =>
            [...Buffer.from(hex[1]!, 'hex')]
              .map((byte) => WIN_ANSI[byte] ?? String.fromCharCode(byte))
              .join(''),
          )
          .join(''),
      );
    }
  }
  return lines.join('\n');
}
