import { inflateSync } from 'node:zlib';
import type { Plan, PlanContent } from '@kinerja/contract';
import {
  findByCode,
  governingDinasLevel,
  mainDutiesFor,
  principalPracticeIndicators,
  schoolLevelOfJenjang,
  seedCatalogues,
  type EmployeeKind,
} from '@kinerja/domain';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import {
  grantRole,
  makeDinas,
  makePerson,
  makePrincipal,
  makeSchool,
  signIn,
} from '../../test/factories.js';

// Test support only: people and schools for planning tests, request helpers, plan content and PDF text.

type Headers = Record<string, string>;

/** Signed-in JSON requests of one person. */
export function client(app: FastifyInstance, headers: Headers) {
  const send = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    extra: Headers = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: unknown = {}, extra?: Headers) =>
      send('POST', url, payload, extra),
    put: (url: string, payload: unknown, extra?: Headers) => send('PUT', url, payload, extra),
    delete: (url: string) => send('DELETE', url),
  };
}

/** A client type. */
export type Client = ReturnType<typeof client>;

/** Signs a person in and returns their client. */
export async function clientFor(app: FastifyInstance, email: string | null): Promise<Client> {
  return client(app, await signIn(app, email!));
}

/** A school (SMA by default) with a Dinas, a head of the given kind in the period and teachers. */
export async function makePlanningSchool(
  db: Db,
  options: {
    periodId: string;
    head?: 'definitive' | 'acting' | 'none';
    jenjang?: string;
    teachers?: number;
  },
) {
  // The Dinas that governs the school's level by law: provincial for SMA/SMK/SLB — domain.md §1.1.
  const jenjang = options.jenjang ?? 'SMA';
  const level = governingDinasLevel(schoolLevelOfJenjang(jenjang)!);
  const dinas = await makeDinas(db, { level });
  const school = await makeSchool(db, { jenjang, dinasId: dinas.id });
  const teachers = [];
  for (let i = 0; i < (options.teachers ?? 1); i++) {
    teachers.push(
      await makePerson(db, {
        schoolId: school.id,
        name: `Guru ${String.fromCharCode(65 + i)} ${school.npsn}`,
      }),
    );
  }
  const head = options.head ?? 'definitive';
  let principal: Awaited<ReturnType<typeof makePerson>> | null = null;
  if (head !== 'none') {
    principal = await makePerson(db, {
      schoolId: school.id,
      jenisPtk: head === 'definitive' ? 'Kepala Sekolah' : 'Guru Mapel',
      name: `${head === 'definitive' ? 'Kepala' : 'Plt'} ${school.npsn}`,
    });
    await makePrincipal(db, {
      schoolId: school.id,
      personId: principal.id,
      periodId: options.periodId,
      kind: head,
    });
  }
  return { dinas, school, teachers, teacher: teachers[0]!, principal };
}

/** A Dinas official (assessor by default) of a Dinas office. */
export async function makeDinasOfficial(db: Db, dinasId: string, isAssessor = true) {
  const person = await makePerson(db, { jenisPtk: 'Pejabat Dinas', name: 'Pejabat Dinas Uji' });
  await db
    .insertInto('dinasOfficials')
    .values({ personId: person.id, dinasId, isAssessor })
    .execute();
  return person;
}

/** An administrator. */
export async function makeAdmin(db: Db) {
  const person = await makePerson(db, { jenisPtk: 'Admin', name: 'Admin Uji' });
  await grantRole(db, { personId: person.id, role: 'admin' });
  return person;
}

/** A competency indicator an administrator adds for 2025+ tests. */
export const TEST_INDICATOR = {
  code: 'uji_pedagogik_1',
  name: 'Indikator uji pedagogik (bukan data resmi)',
};

/**
 * Fills the 2025+ competency-indicator gaps of a period through the admin API: the teacher's
 * Pedagogik and the principal's own catalogue (domain.md §3.8, §4.5), with the same test code.
 */
export async function fillTestIndicator(admin: Client, periodId: string): Promise<void> {
  for (const group of ['pedagogik', 'kepala_sekolah']) {
    const url = `/api/catalogues/competency-indicators/${periodId}/${group}`;
    const body = { source: 'uji otomatis', indicators: [TEST_INDICATOR] };
    const response = await admin.put(url, body);
    if (response.statusCode !== 200) throw new Error(`fill failed: ${response.body}`);
  }
}

const VALUES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;

/**
 * Content that passes validation for a period version (teacher at an SMA unless told otherwise; a
 * principal — told, or known by a D3 practice code — gets the principal's tugas pokok and no
 * tugas tambahan, domain.md §3.8).
 */
export function validContent(
  version: string,
  options: { practice?: string; kind?: EmployeeKind } = {},
): PlanContent {
  const isPoints = version.startsWith('2024');
  const isD3 = findByCode(principalPracticeIndicators, options.practice ?? '') !== undefined;
  const kind = options.kind ?? (isD3 ? 'principal' : 'teacher');
  const duties = mainDutiesFor(seedCatalogues, kind)
    .items.slice(0, 2)
    .map((duty) => duty.code);
  return {
    mainDuties: isPoints
      ? { dutyCodes: [], focusCode: null }
      : { dutyCodes: duties, focusCode: duties[1] ?? null },
    practiceIndicatorCode:
      options.practice ??
      (kind === 'principal' ? 'presentasi_visi_misi' : 'penerapan_disiplin_positif'),
    competencyRhkCodes: isPoints ? ['pelatihan_mandiri', 'penggerak_komunitas_belajar'] : [],
    competencyIndicatorCode: isPoints ? null : TEST_INDICATOR.code,
    additionalDuties:
      kind === 'teacher' ? [{ code: 'wali_kelas', skReference: 'SK 421/012/2026' }] : [],
    workBehaviour: Object.fromEntries(
      VALUES.map((value) => [
        value,
        {
          behaviourCode: `${value}_a`,
          supervisorExpectation: version === '2026' ? `Disepakati: ${value}` : '',
        },
      ]),
    ),
  };
}

/** Parses a response body as a plan (throws with the body when the status is not the expected one). */
export function planOf(response: { statusCode: number; body: string }, status = 200): Plan {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as Plan;
}

/** The error code of a response. */
export const codeOf = (response: { body: string }): string =>
  (JSON.parse(response.body) as { error: { code: string } }).error.code;

function decodeWinAnsi(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  const extra: Record<number, string> = {
    0x96: '–',
    0x97: '—',
    0x95: '•',
    0x91: '‘',
    0x92: '’',
    0x93: '“',
    0x94: '”',
  };
  return [...bytes].map((byte) => extra[byte] ?? String.fromCharCode(byte)).join('');
}

/** The text of a PDF made by pdfkit: inflates each content stream and joins its text operators. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      lines.push(
        [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => decodeWinAnsi(hex[1]!)).join(''),
      );
    }
  }
  return lines.join('\n');
}
