-- Organisation: regions, Dinas offices, schools, people and who holds which role (domain.md §1, §4.6, §6.2).

create table provinces (
  code text primary key check (code ~ '^[0-9]{2}$'),
  name text not null
);

create table regencies (
  code text primary key check (code ~ '^[0-9]{4}$'),
  province_code text not null references provinces (code),
  name text not null
);

create table dinas_offices (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  level text not null check (level in ('provinsi', 'kabupaten_kota')),
  province_code text not null references provinces (code),
  regency_code text references regencies (code),
  created_at timestamptz not null default now()
);
create index dinas_offices_region on dinas_offices (province_code, regency_code);

create table schools (
  id uuid primary key default gen_random_uuid(),
  npsn text not null unique check (npsn ~ '^[0-9A-Z]{8}$'),
  name text not null,
  jenjang text not null check (jenjang in ('PAUD', 'SD', 'SMP', 'SMA', 'SMK', 'SLB')),
  status text not null check (status in ('negeri', 'swasta')),
  province_code text not null references provinces (code),
  regency_code text not null references regencies (code),
  dinas_id uuid references dinas_offices (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index schools_region on schools (province_code, regency_code);
create index schools_dinas on schools (dinas_id);

create table people (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  nip text unique check (nip ~ '^[0-9]{18}$'),
  nuptk text unique check (nuptk ~ '^[0-9]{16}$'),
  email text unique check (email = lower(email)),
  employment_status text not null check (employment_status in ('pns', 'pppk', 'non_asn')),
  golongan_ruang text,
  jenjang_jabatan text check (jenjang_jabatan in ('ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama')),
  jenis_ptk text,
  password_hash text,
  must_change_password boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- A person works at one or more schools (Dapodik PTK rows); region kept for sharding by region.
create table school_staff (
  person_id uuid not null references people (id),
  school_id uuid not null references schools (id),
  province_code text not null,
  is_primary boolean not null default true,
  created_at timestamptz not null default now(),
  primary key (school_id, person_id)
);
create index school_staff_person on school_staff (person_id);

create table periods (
  id text primary key,
  label text not null,
  rule_set_version text not null,
  starts_on date not null,
  ends_on date not null,
  planning_opens_on date not null,
  planning_closes_on date not null,
  execution_opens_on date not null,
  execution_closes_on date not null,
  assessment_opens_on date not null,
  assessment_closes_on date not null,
  sort_order integer not null
);

-- The head of a school in a period: definitive, or acting (Plt); no row means none (domain.md §1.2).
create table school_principals (
  school_id uuid not null references schools (id),
  period_id text not null references periods (id),
  person_id uuid not null references people (id),
  kind text not null check (kind in ('definitive', 'acting')),
  created_at timestamptz not null default now(),
  primary key (school_id, period_id)
);
create index school_principals_person on school_principals (person_id, period_id);

create table pengawas_schools (
  person_id uuid not null references people (id),
  school_id uuid not null references schools (id),
  primary key (person_id, school_id)
);
create index pengawas_schools_school on pengawas_schools (school_id);

create table dinas_officials (
  person_id uuid not null references people (id),
  dinas_id uuid not null references dinas_offices (id),
  is_assessor boolean not null default true,
  primary key (person_id, dinas_id)
);

create table role_grants (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references people (id),
  role text not null check (role in ('school_operator', 'admin')),
  school_id uuid references schools (id),
  check ((role = 'school_operator') = (school_id is not null))
);
create unique index role_grants_unique on role_grants (person_id, role, coalesce(school_id, '00000000-0000-0000-0000-000000000000'));
