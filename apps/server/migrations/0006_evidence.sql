-- Pelaksanaan 2024 (issue #5): Bukti Karya, evidence slots per approved RHK and additional duty,
-- and "Ubah Rencana Hasil Kerja" with its history (domain.md §3.4, §3.10, architecture.md §3–4).
-- Files live in the blob store by SHA-256; rows only name them. Superseded evidence is kept.

-- Bukti Karya: a person's own portfolio of works (PDF), grouped by Kategori Karya.
create table karya (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references people (id),
  province_code text not null,
  category text not null,
  title text not null,
  file_hash text not null check (file_hash ~ '^[0-9a-f]{64}$'),
  file_name text not null,
  size_bytes integer not null check (size_bytes > 0),
  created_at timestamptz not null default now()
);
create index karya_owner on karya (owner_id, created_at desc);

-- Every "Ubah Rencana Hasil Kerja": old and new selection and the exact difference, for the
-- supervisor's view; the plan row holds the new selection.
create table rhk_changes (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  period_id text not null references periods (id),
  school_id uuid not null references schools (id),
  province_code text not null,
  employee_id uuid not null references people (id),
  before jsonb not null,
  after jsonb not null,
  diff jsonb not null,
  -- The "Sudah diskusi" tick (domain.md §3.4).
  discussed_at timestamptz not null,
  changed_at timestamptz not null default now()
);
create index rhk_changes_plan on rhk_changes (plan_id, changed_at);

-- One slot per approved competency RHK and per additional duty; state KOSONG → DRAF → DIKUMPULKAN.
-- A slot whose RHK an employee removed is superseded (kept, no longer counting); one current slot
-- per (plan, kind, code).
create table evidence_slots (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  period_id text not null references periods (id),
  employee_id uuid not null references people (id),
  school_id uuid not null references schools (id),
  province_code text not null,
  kind text not null check (kind in ('competency_evidence', 'additional_duty_evidence')),
  code text not null,
  sk_reference text,
  state text not null default 'empty' check (state in ('empty', 'draft', 'collected')),
  file_hash text check (file_hash ~ '^[0-9a-f]{64}$'),
  file_name text,
  size_bytes integer check (size_bytes > 0),
  file_source text check (file_source in ('device', 'karya')),
  karya_id uuid references karya (id),
  document_kind text check (document_kind in
    ('certificate', 'surat_keterangan_selesai_topik', 'relevant_document', 'report')),
  issued_on date,
  uploaded_at timestamptz,
  collected_at timestamptz,
  -- "DIUBAH OLEH ANDA": created by an RHK change.
  changed_by_employee boolean not null default false,
  created_by_change uuid references rhk_changes (id),
  superseded_at timestamptz,
  superseded_by_change uuid references rhk_changes (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((state = 'empty') = (file_hash is null)),
  check (state <> 'collected' or collected_at is not null)
);
create unique index evidence_slots_current on evidence_slots (plan_id, kind, code)
  where superseded_at is null;
-- The principal's overview, keyed by (period, school).
create index evidence_slots_school on evidence_slots (period_id, school_id);
-- "Not used in an earlier period": the same content collected before by the same person.
create index evidence_slots_reuse on evidence_slots (employee_id, file_hash)
  where state = 'collected';
create index evidence_slots_karya on evidence_slots (karya_id) where karya_id is not null;

-- Notifications to the supervisor on "Kumpulkan" and on an RHK change.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in (
  'plan_submitted', 'plan_approved', 'plan_returned', 'plan_auto_approved', 'plan_blocked',
  'deadline_near', 'evidence_collected', 'rhk_changed'));
