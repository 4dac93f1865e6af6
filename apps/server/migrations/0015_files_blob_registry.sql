-- Blob registry (issue 12 finding 8): every blob the store holds, with when it was last stored.
-- The blob collector deletes a blob only when no row references it AND it was last stored longer
-- ago than the grace period, so an upload whose row is written moments later is never taken.
-- A store of the same content again moves stored_at forward (the grace starts over).
create table stored_blobs (
  hash text primary key check (hash ~ '^[0-9a-f]{64}$'),
  size_bytes bigint not null check (size_bytes >= 0),
  stored_at timestamptz not null
);
create index stored_blobs_stored_at on stored_blobs (stored_at);
-- The collector asks "is this hash referenced?" of each referencing column.
create index karya_file_hash on karya (file_hash);
create index evidence_slots_file_hash on evidence_slots (file_hash) where file_hash is not null;
create index practice_cycles_modul_ajar_hash on practice_cycles (modul_ajar_hash)
  where modul_ajar_hash is not null;
