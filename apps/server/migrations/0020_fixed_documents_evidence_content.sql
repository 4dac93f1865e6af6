-- Issue 14 items 2 and 5.
--
-- (a) A final Dokumen Evaluasi Kinerja Pegawai is fixed when it is set (domain.md §5.6, §3.10
-- "locked"): every issued version keeps the data it prints, its number, the SHA-256 of that data
-- (printed on the page) and, once rendered, the stored PDF bytes. Later facts make a new version only
-- through an explicit, audited "Terbitkan versi baru".
create sequence evaluation_document_number_seq;

create table evaluation_document_versions (
  id uuid primary key default gen_random_uuid(),
  assessment_id uuid not null references assessments (id),
  province_code text not null,
  version_number integer not null check (version_number >= 1),
  -- "Nomor dokumen" printed on the page, e.g. "DEK/2024-S1/000017/V1".
  document_number text not null unique,
  -- SHA-256 (hex) of the printed data, shown shortened on the page as the verification code.
  content_digest text not null check (content_digest ~ '^[0-9a-f]{64}$'),
  document_data jsonb not null,
  -- The rendered PDF in the blob store; null only until the first render after "Tetapkan".
  file_hash text check (file_hash ~ '^[0-9a-f]{64}$'),
  size_bytes integer check (size_bytes > 0),
  reason text not null check (reason in ('finalize', 'reissue', 'first_download')),
  issued_by uuid references people (id),
  issued_at timestamptz not null,
  unique (assessment_id, version_number)
);
create index evaluation_document_versions_file on evaluation_document_versions (file_hash)
  where file_hash is not null;

-- (b) One place for a Dinas official's jabatan, and who heads the Dinas (the Atasan Pejabat
-- Penilai Kinerja of a principal's document, domain.md §1.2, §5.6).
alter table dinas_officials add column position text;
alter table dinas_officials add column is_head boolean not null default false;

-- (c) Evidence compared by content, not only bytes (domain.md §3.4 "not used in a previous period"):
-- the digest of the PDF's normalised text and the certificate's number and title.
alter table evidence_slots add column text_digest text check (text_digest ~ '^[0-9a-f]{64}$');
alter table evidence_slots add column certificate_number text;
alter table evidence_slots add column certificate_title text;
create index evidence_slots_text_reuse on evidence_slots (employee_id, text_digest)
  where text_digest is not null;
