-- Pelaksanaan Kinerja without uploads: the written documents of 2025+ (refleksi hasil belajar, the
-- main-duties checklist with the atasan's confirmation of the dokumen akuntabilitas) and the
-- Siklus Peningkatan Kinerja A–E of every approved plan (domain.md §2.3, §3.6–3.10).

-- "Belum diisi" is the absence of a row; a sent document is never updated again (domain.md §3.10).
create table written_documents (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  period_id text not null references periods (id),
  employee_id uuid not null references people (id),
  school_id uuid not null references schools (id),
  province_code text not null,
  kind text not null check (kind in ('competency_reflection', 'main_duties_checklist')),
  state text not null check (state in ('draft', 'sent')),
  content jsonb not null,
  -- Optimistic concurrency, as for plan drafts.
  version integer not null default 1,
  sent_at timestamptz,
  confirmed_at timestamptz,
  confirmed_by uuid references people (id),
  confirmation_note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, kind),
  check (state = 'sent' or confirmed_at is null)
);
-- The principal's and the pengawas's lists, keyed like plans by (period, school).
create index written_documents_school on written_documents (period_id, school_id);

-- One cycle per approved plan; `record` is the domain PracticeRecord (steps, ratings, who finished
-- what), `state` repeats its state for the lists.
create table practice_cycles (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null unique references plans (id),
  period_id text not null references periods (id),
  employee_id uuid not null references people (id),
  employee_kind text not null check (employee_kind in ('teacher', 'principal')),
  school_id uuid not null references schools (id),
  province_code text not null,
  state text not null check (state in ('preparation_discussion', 'observation',
    'follow_up_discussion', 'follow_up_action', 'follow_up_reflection', 'completed')),
  record jsonb not null,
  version integer not null default 1,
  -- The optional Modul Ajar of step A, stored by content hash in the blob store (architecture.md §4).
  modul_ajar_hash text,
  modul_ajar_name text,
  modul_ajar_size bigint,
  modul_ajar_uploaded_at timestamptz,
  modul_ajar_uploaded_by uuid references people (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index practice_cycles_school on practice_cycles (period_id, school_id);

-- New notification kinds: a document sent to the atasan, the atasan's confirmation, and a step of
-- the cycle handed over to the other party. The kinds already allowed (by 0005 and any earlier
-- migration) are kept by reading the current constraint.
do $$
declare
  kinds text[];
begin
  select array_agg(distinct m[1]) into kinds
    from pg_constraint c,
         regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') as m
   where c.conname = 'notifications_kind_check' and c.conrelid = 'notifications'::regclass;
  kinds := array(select distinct k from unnest(kinds || array['document_sent',
    'accountability_confirmed', 'practice_handover']) as k order by k);
  execute 'alter table notifications drop constraint notifications_kind_check';
  execute format('alter table notifications add constraint notifications_kind_check check (kind in (%s))',
    array_to_string(array(select quote_literal(k) from unnest(kinds) as k), ', '));
end
$$;
