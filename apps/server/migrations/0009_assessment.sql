-- Penilaian Kinerja (issue #6): assessments of approved plans with the Tim Kinerja's
-- recommendations, and the e-Kinerja sync log on the transactional outbox (domain.md §3.9, §5, §6.4).
-- Tables are keyed like plans by (period, school) and keep the region for sharding.

-- One assessment per approved plan and Dokumen Evaluasi Kinerja: 2024-S1 "semester_1", 2024-S2
-- "semester_2" and "akhir", 2025+ "tahunan" (domain.md §5.5, §5.6). No row means "Belum dinilai".
create table assessments (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  document text not null check (document in ('semester_1', 'semester_2', 'akhir', 'tahunan')),
  period_id text not null references periods (id),
  employee_id uuid not null references people (id),
  employee_kind text not null check (employee_kind in ('teacher', 'principal')),
  school_id uuid not null references schools (id),
  province_code text not null,
  regency_code text not null,
  state text not null check (state in ('draft', 'final')),
  -- Rating Hasil Kerja and Rating Perilaku Kerja (domain.md §5.1).
  work_result_rating text
    check (work_result_rating in ('above_expectations', 'meets_expectations', 'below_expectations')),
  work_behaviour_rating text
    check (work_behaviour_rating in ('above_expectations', 'meets_expectations', 'below_expectations')),
  -- "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung" per BerAKHLAK value (domain.md §4.3).
  behaviour_feedback jsonb not null default '{}',
  -- "Catatan / Rekomendasi" (field 22 of the evaluation document, domain.md §5.6).
  notes text not null default '',
  -- Set by "Tetapkan" from the §5.2 matrix; a draft shows it computed, never stored.
  predikat text
    check (predikat in ('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
  written_by uuid references people (id),
  finalized_by uuid references people (id),
  finalized_at timestamptz,
  -- What the evaluation document prints about the three signatories, frozen at "Tetapkan".
  document_snapshot jsonb,
  -- Angka kredit frozen at "Tetapkan": jenjang, months counted and the result (domain.md §5.4).
  career_level text,
  months integer,
  angka_kredit numeric,
  -- Optimistic concurrency, as for plan drafts.
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, document),
  check (state = 'draft' or (predikat is not null and finalized_at is not null))
);
-- The principal's list and the school's distribution, keyed by (period, school).
create index assessments_school on assessments (period_id, school_id, document);
-- A person's history (angka kredit) and the region's final documents (batch ZIP, export).
create index assessments_employee on assessments (employee_id, state);
create index assessments_region_final on assessments (period_id, regency_code) where state = 'final';

-- Recommendations of Tim Kinerja members to the assessor, before "Tetapkan" (domain.md §3.9).
create table assessment_recommendations (
  id uuid primary key default gen_random_uuid(),
  assessment_id uuid not null references assessments (id),
  province_code text not null,
  author_id uuid not null references people (id),
  text text not null,
  created_at timestamptz not null default now()
);
create index assessment_recommendations_assessment
  on assessment_recommendations (assessment_id, created_at);

-- The outbox (0002) carries the e-Kinerja sync: "plan.approved" rows written by planning and
-- "assessment.final" rows written here, each in the transaction of its state change. A row the relay
-- gave up on (a data error, or too many attempts) is marked failed until an operator retries it.
alter table outbox add column failed_at timestamptz;
alter table outbox add column last_error_code text;
create index outbox_e_kinerja_plan on outbox ((payload ->> 'planId'))
  where topic in ('plan.approved', 'assessment.final');
create index outbox_failed on outbox (failed_at) where failed_at is not null;

-- Every delivery attempt to e-Kinerja, with the answer and the message shown to the operator.
create table e_kinerja_sync_attempts (
  id bigserial primary key,
  outbox_id bigint not null references outbox (id),
  attempt integer not null,
  idempotency_key text not null,
  started_at timestamptz not null,
  duration_ms integer not null,
  outcome text not null check (outcome in ('delivered', 'duplicate', 'retry', 'failed')),
  http_status integer,
  error_code text,
  message text
);
create index e_kinerja_sync_attempts_outbox on e_kinerja_sync_attempts (outbox_id, id);

-- New notification kinds: the assessed person learns the assessment is set; the assessor learns of a
-- Tim Kinerja recommendation. The kinds already allowed (by 0005 and every later migration) are kept
-- by reading the current constraint, so this works whatever an earlier migration added.
do $$
declare
  kinds text[];
begin
  select array_agg(distinct m[1]) into kinds
    from pg_constraint c,
         regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') as m
   where c.conname = 'notifications_kind_check' and c.conrelid = 'notifications'::regclass;
  kinds := array(select distinct k from unnest(kinds || array['assessment_finalized',
    'assessment_recommended']) as k order by k);
  execute 'alter table notifications drop constraint notifications_kind_check';
  execute format('alter table notifications add constraint notifications_kind_check check (kind in (%s))',
    array_to_string(array(select quote_literal(k) from unnest(kinds) as k), ', '));
end
$$;
