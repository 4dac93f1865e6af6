-- Resumable uploads of evidence PDFs (issue 17; domain.md §7: teachers in 3T areas upload over
-- weak connections). A session names the file the device will send (its size and SHA-256) and the
-- slot it is for; the bytes arrive in chunks into a temporary file of the blob store, and the
-- session remembers how many arrived so a dropped connection resumes where it stopped. Only the
-- person who opened it can send to it; the finished file goes through the ordinary evidence upload
-- (10 MB rule, PDF checks, the slot's state and version) and the session is removed.
create table upload_sessions (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references people (id),
  plan_id uuid not null references plans (id),
  slot_id uuid not null references evidence_slots (id),
  file_name text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  received_bytes integer not null default 0 check (received_bytes between 0 and size_bytes),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index upload_sessions_person on upload_sessions (person_id);
