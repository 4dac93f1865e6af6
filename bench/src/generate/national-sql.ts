import {
  angkaKredit,
  berakhlak,
  careerLevelOf,
  emptyPracticeRecord,
  findEvaluationDocument,
  predikatFor,
  ranks,
  roundAngkaKredit,
  ruleSetFor,
  type CareerLevelCode,
  type PlanDraft,
  type Rating,
} from '@kinerja/domain';
import { NATIONAL_PROVINCES } from './national-geography.js';
import type { ProvinceLayout } from './national-layout.js';

// Set-based SQL of the national data set (issue #6). Every id is md5 of a readable key, so rows
// written by different statements can refer to each other without lookups, and ids are as random
// as gen_random_uuid() makes them in production:
//   school i: 's'||i · head of school i: 'h'||i · teacher j: 't'||j · Dinas: 'd'||key
//   Dinas assessor / head: 'oa'||key / 'oh'||key, key = 'p'||province or 'k'||regency
//   plans: 'pt'||j, 'ph'||i · practice cycles and assessments: 'c'/'a'||plan id

/** The period every generated plan, cycle and assessment belongs to (a 2025 rule set, "tahunan"). */
export const NATIONAL_PERIOD = '2025';
const DOCUMENT = 'tahunan';

/**
 * A deterministic RFC 4122 version-4 uuid from a text key: md5 with the version and variant nibbles
 * set, because the API validates ids as UUIDs (a bare md5 cast is not one).
 */
const uid = (key: string): string =>
  `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;

const lit = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const textArray = (items: readonly string[]): string => `array[${items.map(lit).join(', ')}]`;

const FIRST_NAMES = textArray(
  (
    'Ahmad Siti Budi Dewi Agus Sri Eko Nur Rudi Rina Hendra Wati Joko Yuni Andi Ratna Dedi ' +
    'Fitri Made Putu Yohanes Maria Bambang Lestari'
  ).split(' '),
);
const LAST_NAMES = textArray(
  (
    'Santoso Rahmawati Hidayat Wulandari Saputra Kurniawan Siregar Nasution Sihombing Pratama ' +
    'Kusuma Setiawan Gunawan Purba Wijaya Susanti Harahap Simanjuntak Manurung Tanjung Putri ' +
    'Halim Sinaga Rahman Nugroho Utami Firmansyah'
  ).split(' '),
);
/** A person's name from a number: 24 × 27 combinations, so sorting by name is realistic work. */
const nameOf = (n: string) =>
  `(${FIRST_NAMES})[1 + ${n} % 24] || ' ' || (${LAST_NAMES})[1 + (${n} / 24) % 27]`;

const LEVELS: CareerLevelCode[] = ['ahli_pertama', 'ahli_muda', 'ahli_madya'];
const RATINGS: Rating[] = ['above_expectations', 'meets_expectations', 'below_expectations'];

/** "Penata Muda, III/a" for a PNS golongan/ruang, as document-snapshot.ts prints field 7. */
const rankSql = (person: string) =>
  `case when ${person}.employment_status <> 'pns' or ${person}.golongan_ruang is null then null ` +
  ranks.items
    .map(
      (rank) =>
        `when ${person}.golongan_ruang = ${lit(rank.code)} then ${lit(`${rank.pangkat}, ${rank.code}`)}`,
    )
    .join(' ') +
  ` else ${person}.golongan_ruang end`;

/** "Guru Ahli Muda" for an ASN with a jenjang, "Guru" for an ASN without, "" otherwise. */
const teacherPositionSql = (person: string) =>
  `case when ${person}.employment_status = 'non_asn' then '' ` +
  LEVELS.map(
    (code) =>
      `when ${person}.jenjang_jabatan = ${lit(code)} then ${lit(`Guru ${careerLevelOf(code).name}`)}`,
  ).join(' ') +
  ` else 'Guru' end`;

const blockSql = (person: string, position: string, unit: string) =>
  `jsonb_build_object('name', ${person}.name, 'nip', case when ${person}.employment_status = 'pns' then ${person}.nip end, ` +
  `'rank', ${rankSql(person)}, 'position', ${position}, 'unit', ${unit})`;

/** The §5.2 matrix from the domain, as SQL over the columns `wr` and `wb`. */
const predikatSql = () =>
  'case ' +
  RATINGS.flatMap((wr) =>
    RATINGS.map(
      (wb) =>
        `when wr = ${lit(wr)} and wb = ${lit(wb)} then ${lit(predikatFor({ workResultRating: wr, workBehaviourRating: wb }))}`,
    ),
  ).join(' ') +
  ' end';

/** Angka kredit of the tahunan document per (predikat, jenjang), computed by the domain (§5.4). */
function angkaKreditValues(): string {
  const info = findEvaluationDocument(ruleSetFor(NATIONAL_PERIOD), DOCUMENT);
  if (!info) throw new Error(`no ${DOCUMENT} document in ${NATIONAL_PERIOD}`);
  const rows: string[] = [];
  for (const wr of RATINGS) {
    for (const wb of RATINGS) {
      const predikat = predikatFor({ workResultRating: wr, workBehaviourRating: wb });
      for (const level of LEVELS) {
        const value = info.countsForAngkaKredit
          ? roundAngkaKredit(angkaKredit({ predikat, careerLevel: level, months: info.months }))
          : null;
        rows.push(`(${lit(predikat)}, ${lit(level)}, ${value ?? 'null'}::numeric, ${info.months})`);
      }
    }
  }
  return `(values ${[...new Set(rows)].join(', ')}) as ak(predikat, level, value, months)`;
}

/** What "Mulai" stores as content for a 2025 plan: small, and parses as PlanContent. */
export function blankPlanContent(): string {
  const draft: Pick<
    PlanDraft,
    | 'mainDuties'
    | 'practiceIndicatorCode'
    | 'competencyRhkCodes'
    | 'competencyIndicatorCode'
    | 'additionalDuties'
    | 'workBehaviour'
  > = {
    mainDuties: { dutyCodes: [], focusCode: null },
    practiceIndicatorCode: null,
    competencyRhkCodes: [],
    competencyIndicatorCode: null,
    additionalDuties: [],
    workBehaviour: {},
  };
  return JSON.stringify(draft);
}

/** The domain's practice record in a given state, as stored in practice_cycles.record. */
export const practiceRecordJson = (state: 'completed' | 'follow_up_action'): string =>
  JSON.stringify({ ...emptyPracticeRecord(), state });

/** Provinces, kabupaten/kota, one Dinas per province and per kabupaten/kota with two officials each. */
export function regionsSql(): string[] {
  const provinces = NATIONAL_PROVINCES.map((p) => `(${lit(p.code)}, ${lit(p.name)})`).join(', ');
  const regencies = NATIONAL_PROVINCES.flatMap((p) =>
    Array.from({ length: p.regencies }, (_, k) => {
      const code = `${p.code}${String(k + 1).padStart(2, '0')}`;
      // Roughly one region in five is a kota, as in reality (98 of 514).
      const name = k % 5 === 4 ? `Kota Bench ${code}` : `Kabupaten Bench ${code}`;
      return `(${lit(code)}, ${lit(p.code)}, ${lit(name)})`;
    }),
  ).join(', ');
  return [
    `insert into provinces (code, name) values ${provinces}`,
    `insert into regencies (code, province_code, name) values ${regencies}`,
    `insert into dinas_offices (id, name, level, province_code, regency_code)
     select ${uid("'dp' || code")}, 'Dinas Pendidikan Provinsi ' || name, 'provinsi', code, null from provinces
     union all
     select ${uid("'dk' || code")}, 'Dinas Pendidikan ' || name, 'kabupaten_kota', province_code, code from regencies`,
    // The assessor (Pejabat Penilai Kinerja of principals) and the head of each Dinas (§1.2, §5.6).
    `with d as (select id, case when level = 'provinsi' then 'p' || province_code else 'k' || regency_code end as key,
                       row_number() over (order by province_code, regency_code nulls first) as n
                  from dinas_offices)
     insert into people (id, name, nip, employment_status, golongan_ruang, jenjang_jabatan, jenis_ptk, email)
     select ${uid("'oa' || key")}, ${nameOf('(n * 2 + 7)')}, '1975' || lpad((n * 2)::text, 14, '0'), 'pns', 'IV/a', null,
            'Kepala Bidang Pembinaan Ketenagaan', 'penilai.' || key || '@bench.kinerja.id' from d
     union all
     select ${uid("'oh' || key")}, ${nameOf('(n * 2 + 8)')}, '1975' || lpad((n * 2 + 1)::text, 14, '0'), 'pns', 'IV/c', null,
            'Kepala Dinas Pendidikan', 'kadis.' || key || '@bench.kinerja.id' from d`,
    `insert into dinas_officials (person_id, dinas_id, is_assessor)
     select ${uid("'oa' || case when level = 'provinsi' then 'p' || province_code else 'k' || regency_code end")}, id, true
       from dinas_offices
     union all
     select ${uid("'oh' || case when level = 'provinsi' then 'p' || province_code else 'k' || regency_code end")}, id, false
       from dinas_offices`,
    `insert into people (id, name, email, employment_status, jenis_ptk)
     values (${uid("'admin'")}, 'Admin Bench Nasional', 'admin.nasional@bench.kinerja.id', 'non_asn', 'Admin')`,
    `insert into role_grants (person_id, role) values (${uid("'admin'")}, 'admin')`,
  ];
}

// The schools of one province as parallel arrays: $1 number, $2 regency, $3 jenjang, $4 teachers,
// $5 first teacher number; $6 the province code.
const SCHOOLS = `s as (select s.i, s.reg, s.jenjang, s.n, s.first,
                   case when s.jenjang in ('SMA', 'SMK', 'SLB') then 'p' || $6::text else 'k' || s.reg end as dinas_key
              from unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[]) as s(i, reg, jenjang, n, first))`;
const TEACHERS = `t as (select s.i, s.reg, s.jenjang, s.dinas_key, s.first + k as j
              from s cross join lateral generate_series(0, s.n - 1) as k)`;

const PLANNED_AT = `'2025-01-06 08:00:00+07'::timestamptz`;
const SUBMITTED_AT = `'2025-01-20 10:00:00+07'::timestamptz`;
const APPROVED_AT = `'2025-01-27 10:00:00+07'::timestamptz`;
const FINALIZED_AT = `'2025-12-10 10:00:00+07'::timestamptz`;

/** One statement of a province's generation, with its parameters. */
export type ProvinceStatement = {
  label: string;
  text: string;
  params(layout: ProvinceLayout): unknown[];
};

/**
 * The statements that write one province (all parameterised the same way), in order: schools,
 * heads and teachers (people, school_staff), definitive heads for the period, plans (5 % none, 10 %
 * draft, 10 % submitted, 5 % returned, 70 % approved), practice cycles of approved plans (90 %
 * completed) and assessments of approved plans (85 % final, 7 % draft).
 */
export function provinceSql(): ProvinceStatement[] {
  const byLayout = (layout: ProvinceLayout): unknown[] => [
    layout.schoolNumbers,
    layout.schoolRegencies,
    layout.schoolJenjang,
    layout.schoolTeachers,
    layout.schoolFirstTeacher,
    layout.province.code,
  ];
  const feedbackCode = berakhlak.items[0]?.code ?? 'berorientasi_pelayanan';
  return [
    {
      label: 'schools',
      params: byLayout,
      text: `with ${SCHOOLS}
        insert into schools (id, npsn, name, jenjang, status, province_code, regency_code, dinas_id)
        select ${uid("'s' || i")}, lpad(i::text, 8, '0'),
               jenjang || case when i % 5 < 2 then ' Negeri ' else ' Swasta ' end || 'Bench ' || i,
               jenjang, case when i % 5 < 2 then 'negeri' else 'swasta' end, $6, reg, ${uid("'d' || dinas_key")}
          from s`,
    },
    {
      label: 'people',
      params: byLayout,
      text: `with ${SCHOOLS}, ${TEACHERS}
        insert into people (id, name, nip, nuptk, email, employment_status, golongan_ruang, jenjang_jabatan, jenis_ptk)
        select ${uid("'h' || i")}, ${nameOf('(i * 31 + 5)')},
               '1970' || lpad(i::text, 14, '0'), '1' || lpad(i::text, 15, '0'), 'kepsek.' || i || '@bench.kinerja.id',
               case when i % 10 < 9 then 'pns' else 'pppk' end,
               case when i % 10 < 9 then (array['III/c', 'III/d', 'IV/a', 'IV/b'])[1 + i % 4] end,
               (array['ahli_muda', 'ahli_madya'])[1 + i % 2], 'Kepala Sekolah'
          from s
        union all
        select ${uid("'t' || j")}, ${nameOf('j')},
               case when j % 20 < 15 then '1980' || lpad(j::text, 14, '0') end, '2' || lpad(j::text, 15, '0'),
               'guru.' || j || '@bench.kinerja.id',
               case when j % 20 < 10 then 'pns' when j % 20 < 15 then 'pppk' else 'non_asn' end,
               case when j % 20 < 10 then (array['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'])[1 + (j / 20) % 6] end,
               case when j % 20 < 15 then (array['ahli_pertama', 'ahli_muda', 'ahli_madya'])[1 + (j / 7) % 3] end,
               case when jenjang = 'PAUD' then 'Kindergarten Teacher'
                    when jenjang = 'SD' and j % 8 <> 0 then 'Guru Kelas'
                    when j % 10 = 0 then 'Guru BK' else 'Guru Mapel' end
          from t`,
    },
    {
      label: 'school_staff',
      params: byLayout,
      text: `with ${SCHOOLS}, ${TEACHERS}
        insert into school_staff (person_id, school_id, province_code)
        select ${uid("'h' || i")}, ${uid("'s' || i")}, $6 from s
        union all
        select ${uid("'t' || j")}, ${uid("'s' || i")}, $6 from t`,
    },
    {
      label: 'school_principals',
      params: byLayout,
      text: `with ${SCHOOLS}
        insert into school_principals (school_id, period_id, person_id, kind)
        select ${uid("'s' || i")}, '${NATIONAL_PERIOD}', ${uid("'h' || i")}, 'definitive' from s`,
    },
    {
      label: 'plans',
      params: (layout) => [...byLayout(layout), blankPlanContent()],
      text: `with ${SCHOOLS}, ${TEACHERS},
        e as (select ${uid("'pt' || j")} as id, ${uid("'t' || j")} as employee_id, 'teacher' as kind,
                     i, reg, (hashint4(j) & 2147483647) % 100 as bucket,
                     ${uid("'h' || i")} as approver, 'definitive_principal' as basis
                from t
              union all
              select ${uid("'ph' || i")}, ${uid("'h' || i")}, 'principal', i, reg,
                     (hashint4(-1 - i) & 2147483647) % 100, ${uid("'oa' || dinas_key")}, 'dinas_assessor'
                from s),
        f as (select e.*, case when bucket < 15 then 'draft' when bucket < 25 then 'submitted'
                               when bucket < 30 then 'returned' else 'approved' end as status
                from e where bucket >= 5)
        insert into plans (id, period_id, employee_id, employee_kind, school_id, province_code, regency_code,
                           status, draft, last_tab, return_note, personal_data_confirmed_at, submitted_at,
                           submission_count, approval_basis, approved_by, approved_at, version, created_at, updated_at)
        select id, '${NATIONAL_PERIOD}', employee_id, kind, ${uid("'s' || i")}, $6, reg, status, $7::jsonb,
               case when status = 'draft' then 'main_duties' end,
               case when status = 'returned' then 'Lengkapi indikator kompetensi dan Tugas Tambahan.' end,
               case when status <> 'draft' then ${PLANNED_AT} end,
               case when status <> 'draft' then ${SUBMITTED_AT} end,
               case when status = 'draft' then 0 else 1 end,
               case when status = 'approved' then basis end,
               case when status = 'approved' then approver end,
               case when status = 'approved' then ${APPROVED_AT} end,
               case status when 'draft' then 4 when 'submitted' then 9 when 'returned' then 10 else 10 end,
               ${PLANNED_AT},
               case status when 'draft' then ${PLANNED_AT} when 'approved' then ${APPROVED_AT} else ${SUBMITTED_AT} end
          from f`,
    },
    {
      label: 'practice_cycles',
      params: (layout) => [
        practiceRecordJson('completed'),
        practiceRecordJson('follow_up_action'),
        layout.province.code,
      ],
      text: `insert into practice_cycles (id, plan_id, period_id, employee_id, employee_kind, school_id,
                                        province_code, state, record, version, created_at, updated_at)
        select ${uid("'c' || pl.id::text")}, pl.id, pl.period_id, pl.employee_id, pl.employee_kind, pl.school_id,
               pl.province_code, case when c.done then 'completed' else 'follow_up_action' end,
               case when c.done then $1::jsonb else $2::jsonb end, 12, ${APPROVED_AT}, '2025-06-30 10:00:00+07'
          from schools s
          join plans pl on pl.period_id = '${NATIONAL_PERIOD}' and pl.school_id = s.id and pl.status = 'approved'
          cross join lateral (select (hashint4(hashtext(pl.id::text)) & 2147483647) % 100 < 90 as done) c
         where s.province_code = $3`,
    },
    {
      label: 'assessments',
      params: (layout) => [layout.province.code],
      text: `with a as (
          select pl.id as plan_id, pl.employee_id, pl.employee_kind, pl.school_id, pl.regency_code, h.h,
                 case when (h.h / 100) % 100 < 15 then 'above_expectations'
                      when (h.h / 100) % 100 < 95 then 'meets_expectations' else 'below_expectations' end as wr,
                 case when (h.h / 10000) % 100 < 12 then 'above_expectations'
                      when (h.h / 10000) % 100 < 97 then 'meets_expectations' else 'below_expectations' end as wb
            from schools s
            join plans pl on pl.period_id = '${NATIONAL_PERIOD}' and pl.school_id = s.id and pl.status = 'approved'
            cross join lateral (select hashint4(hashtext('a' || pl.id::text)) & 2147483647 as h) h
           where s.province_code = $1 and h.h % 100 < 92),
        b as (select a.*, ${predikatSql()} as predikat, a.h % 100 < 85 as is_final from a)
        insert into assessments (id, plan_id, document, period_id, employee_id, employee_kind, school_id,
                                 province_code, regency_code, state, work_result_rating, work_behaviour_rating,
                                 behaviour_feedback, notes, predikat, written_by, finalized_by, finalized_at,
                                 document_snapshot, career_level, months, angka_kredit, version, created_at, updated_at)
        select ${uid("'a' || b.plan_id::text")}, b.plan_id, '${DOCUMENT}', '${NATIONAL_PERIOD}', b.employee_id,
               b.employee_kind, b.school_id, $1, b.regency_code,
               case when b.is_final then 'final' else 'draft' end, b.wr, b.wb,
               jsonb_build_object(${lit(feedbackCode)}, 'Konsisten melayani peserta didik dan orang tua.'),
               'Pertahankan kinerja dan ikuti pelatihan mandiri.',
               case when b.is_final then b.predikat end,
               case when b.employee_kind = 'teacher' then hp.id else op.id end,
               case when b.is_final then case when b.employee_kind = 'teacher' then hp.id else op.id end end,
               case when b.is_final then ${FINALIZED_AT} end,
               case when b.is_final then jsonb_build_object(
                 'dinasName', d.name,
                 'employee', ${blockSql(
                   'p',
                   `case when b.employee_kind = 'principal' then 'Kepala Sekolah (' || coalesce(nullif(${teacherPositionSql('p')}, ''), 'Guru') || ')' else ${teacherPositionSql('p')} end`,
                   's.name',
                 )},
                 'assessor', case when b.employee_kind = 'teacher'
                   then ${blockSql('hp', `'Kepala Sekolah'`, 's.name')}
                   else ${blockSql('op', 'op.jenis_ptk', 'd.name')} end,
                 'assessorSuperior', case when b.employee_kind = 'teacher'
                   then ${blockSql('op', 'op.jenis_ptk', 'd.name')}
                   else ${blockSql('dh', 'dh.jenis_ptk', 'd.name')} end,
                 'place', r.name) end,
               case when b.is_final and p.employment_status <> 'non_asn' then p.jenjang_jabatan end,
               case when b.is_final then coalesce(ak.months, 12) end,
               case when b.is_final and p.employment_status <> 'non_asn' then ak.value end,
               case when b.is_final then 3 else 1 end, '2025-11-20 10:00:00+07',
               case when b.is_final then ${FINALIZED_AT} else '2025-11-20 10:00:00+07' end
          from b
          join people p on p.id = b.employee_id
          join schools s on s.id = b.school_id
          join dinas_offices d on d.id = s.dinas_id
          join regencies r on r.code = b.regency_code
          join school_principals sp on sp.school_id = s.id and sp.period_id = '${NATIONAL_PERIOD}'
          join people hp on hp.id = sp.person_id
          cross join lateral (select case when d.level = 'provinsi' then 'p' || d.province_code
                                          else 'k' || d.regency_code end as key) dk
          join people op on op.id = ${uid("'oa' || dk.key")}
          join people dh on dh.id = ${uid("'oh' || dk.key")}
          left join ${angkaKreditValues()} on ak.predikat = b.predikat and ak.level = p.jenjang_jabatan`,
    },
  ];
}
