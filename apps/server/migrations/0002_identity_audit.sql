-- Sessions, sign-in throttling, audit log and outbox (architecture.md §3, §5).

create table sessions (
  id_hash text primary key,
  person_id uuid not null references people (id),
  csrf_token text not null,
  auth_method text not null check (auth_method in ('password', 'oidc')),
  active_role text,
  active_period_id text references periods (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_person on sessions (person_id);

create table login_failures (
  id bigserial primary key,
  email text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failures_email on login_failures (email, at);
create index login_failures_ip on login_failures (ip, at);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid references people (id),
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text
);
create index audit_log_entity on audit_log (entity_type, entity_id);

create table outbox (
  id bigserial primary key,
  topic text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  available_at timestamptz not null default now(),
  processed_at timestamptz,
  attempts integer not null default 0,
  last_error text
);
create index outbox_pending on outbox (available_at) where processed_at is null;
