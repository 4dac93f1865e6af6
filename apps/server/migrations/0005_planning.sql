-- Perencanaan Kinerja (issue #4): plans with their submitted versions and decisions, local data-diri
-- edits, in-app notifications, Rapor Pendidikan recommendations, filled catalogue gaps, per-person
-- deadline extensions and Tim Kinerja plotting (domain.md §1.2, §2.4, §3.2–3.10, §4.5, §6.5).
-- Big tables are keyed by (period, school) or (period, employee) and keep the region for sharding.

-- One plan per employee, period and kind (a teacher plan, or a principal's own plan). No row means
-- "Belum mulai"; status is the domain PlanState without not_started.
create table plans (
  id uuid primary key default gen_random_uuid(),
  period_id text not null references periods (id),
  employee_id uuid not null references people (id),
  employee_kind text not null check (employee_kind in ('teacher', 'principal')),
  school_id uuid not null references schools (id),
  province_code text not null,
  regency_code text not null,
  status text not null check (status in ('draft', 'submitted', 'returned', 'approved')),
  -- The employee's draft content (tabs); identity and flags are derived by the server.
  draft jsonb not null,
  -- "Ekspektasi Khusus Pimpinan" written by the supervisor, per BerAKHLAK value.
  supervisor_expectations jsonb not null default '{}',
  last_tab text,
  return_note text,
  personal_data_confirmed_at timestamptz,
  team_confirmed_at timestamptz,
  is_changed_by_employee boolean not null default false,
  submitted_at timestamptz,
  submission_count integer not null default 0,
  approval_basis text,
  approved_by uuid references people (id),
  approved_at timestamptz,
  -- Optimistic concurrency: every content change or transition bumps the version.
  version integer not null default 1,
  last_save_key text,
  last_save_base_version integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (period_id, employee_id, employee_kind)
);
-- "Periksa": the principal's list, keyed by (period, school) and filtered by status.
create index plans_school_status on plans (period_id, school_id, status);

-- Every submitted snapshot is kept (architecture.md §3: history instead of overwrite).
create table plan_versions (
  plan_id uuid not null references plans (id),
  number integer not null,
  period_id text not null,
  school_id uuid not null,
  province_code text not null,
  draft jsonb not null,
  submitted_by uuid not null references people (id),
  submitted_at timestamptz not null default now(),
  primary key (plan_id, number)
);

-- Every decision on a submission: approved, returned with a note, or approved by the system.
create table plan_decisions (
  id bigserial primary key,
  plan_id uuid not null references plans (id),
  version_number integer not null,
  province_code text not null,
  decision text not null check (decision in ('approved', 'returned', 'auto_approved')),
  basis text,
  note text,
  supervisor_expectations jsonb not null default '{}',
  decided_by uuid references people (id),
  decided_at timestamptz not null default now()
);
create index plan_decisions_plan on plan_decisions (plan_id, decided_at);

-- Data-diri edits stay local to performance management and never touch the roster (domain.md §3.2).
create table personal_data_overrides (
  period_id text not null references periods (id),
  person_id uuid not null references people (id),
  province_code text not null,
  golongan text,
  ruang text,
  career_level text,
  edited_at timestamptz not null default now(),
  primary key (period_id, person_id)
);

create table notifications (
  id uuid primary key default gen_random_uuid(),
  recipient_id uuid not null references people (id),
  kind text not null check (kind in ('plan_submitted', 'plan_approved', 'plan_returned',
    'plan_auto_approved', 'plan_blocked', 'deadline_near')),
  title text not null,
  body text not null,
  plan_id uuid references plans (id),
  period_id text references periods (id),
  -- Makes job-made notifications idempotent (e.g. one "deadline near" per person, period, stage).
  dedupe_key text unique,
  read_at timestamptz,
  created_at timestamptz not null default now()
);
create index notifications_recipient on notifications (recipient_id, created_at desc);
create index notifications_unread on notifications (recipient_id) where read_at is null;

-- The weakest Rapor Pendidikan sub-indicators of a school, as imported by an administrator (§6.5).
create table rapor_pendidikan_imports (
  id uuid primary key default gen_random_uuid(),
  created_by uuid not null references people (id),
  rows_count integer not null,
  schools_count integer not null,
  created_at timestamptz not null default now()
);

create table rapor_pendidikan_scores (
  school_id uuid not null references schools (id),
  indicator_code text not null,
  province_code text not null,
  score numeric not null,
  import_id uuid not null references rapor_pendidikan_imports (id),
  imported_at timestamptz not null default now(),
  primary key (school_id, indicator_code)
);

-- Administrator fills of catalogue gaps (2025+ competency indicators), versioned per period;
-- the latest version of a (period, group) is current, older ones are kept (domain.md §4.5, §8.1).
create table competency_indicator_versions (
  id bigserial primary key,
  period_id text not null references periods (id),
  group_code text not null check (group_code in ('pedagogik', 'kepribadian', 'sosial', 'profesional')),
  version integer not null,
  indicators jsonb not null,
  source text not null,
  created_by uuid references people (id),
  created_at timestamptz not null default now(),
  unique (period_id, group_code, version)
);

-- Per-person extension of a stage (domain.md §2.4), granted by an administrator or the Dinas.
create table deadline_extensions (
  id uuid primary key default gen_random_uuid(),
  period_id text not null references periods (id),
  person_id uuid not null references people (id),
  province_code text not null,
  stage text not null check (stage in ('pre_planning', 'planning', 'execution', 'assessment')),
  until date not null,
  reason text not null,
  granted_by uuid not null references people (id),
  created_at timestamptz not null default now()
);
create index deadline_extensions_person on deadline_extensions (period_id, person_id);

-- Tim Kinerja plotted in Pra-Perencanaan by the school operator or the Dinas (domain.md §1.1, §2.2).
create table tim_kinerja_members (
  id uuid primary key default gen_random_uuid(),
  period_id text not null references periods (id),
  employee_id uuid not null references people (id),
  member_id uuid not null references people (id),
  school_id uuid not null references schools (id),
  province_code text not null,
  assigned_by uuid not null references people (id),
  created_at timestamptz not null default now(),
  unique (period_id, employee_id, member_id),
  check (employee_id <> member_id)
);
create index tim_kinerja_members_school on tim_kinerja_members (period_id, school_id);
