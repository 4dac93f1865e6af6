-- Roster (Dapodik-style) imports started from the API: progress, problems found and what changed
-- (docs/ROSTER-IMPORT.md). The file itself lives only in a temp file while the import runs.

create table roster_imports (
  id uuid primary key default gen_random_uuid(),
  created_by uuid references people (id),
  file_name text not null,
  file_sha256 text,
  kind text check (kind in ('schools', 'ptk')),
  period_id text references periods (id),
  status text not null check (status in ('validating', 'writing', 'failed', 'completed')),
  rows_total integer,
  rows_processed integer not null default 0,
  error_count integer not null default 0,
  -- At most the first 1,000 problems: [{ line, field, message }]; error_count counts them all.
  errors jsonb not null default '[]',
  -- { schoolsCreated, schoolsUpdated, peopleCreated, peopleUpdated, principalsSet } once completed.
  summary jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz
);
create index roster_imports_creator on roster_imports (created_by, created_at desc);
create index roster_imports_recent on roster_imports (created_at desc);
