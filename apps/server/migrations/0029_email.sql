-- Email over SMTP through the outbox (issue 16 item 3; docs/OPERATIONS.md "Email").
-- A person's choice: email on or off, each notification at once or one daily digest. No row means
-- the defaults of the domain (EMAIL_PREFERENCE_DEFAULT), so nothing is written for every person.
create table email_preferences (
  person_id uuid primary key references people (id),
  enabled boolean not null,
  frequency text not null check (frequency in ('immediate', 'daily')),
  updated_at timestamptz not null
);

-- Notifications written from now on wait to be turned into email (or skipped) once; the ones
-- already stored are history and are never mailed. The partial index keeps the scan small.
alter table notifications add column email_pending boolean not null default false;
alter table notifications alter column email_pending set default true;
create index notifications_email_pending on notifications (created_at) where email_pending;

-- One outbox row per email: "email.notification" (one notification) or "email.digest" (a day's
-- notifications of one person). payload.factKey names the email, so queuing it twice is a no-op.
create unique index outbox_email_fact on outbox ((payload ->> 'factKey'))
  where topic in ('email.notification', 'email.digest');

-- Every delivery attempt of an email, for the operator and the failure count in /metrics.
create table email_attempts (
  id bigint generated always as identity primary key,
  outbox_id bigint not null references outbox (id),
  attempt int not null,
  started_at timestamptz not null,
  outcome text not null check (outcome in ('sent', 'retry', 'failed', 'skipped')),
  smtp_code int,
  message text
);
create index email_attempts_outbox on email_attempts (outbox_id, id);

-- The key that signs unsubscribe links: made once by the database, shared by every instance.
create table email_signing_key (
  id int primary key check (id = 1),
  secret text not null
);
insert into email_signing_key (id, secret)
  values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- The digest days already queued: the first instance to insert a day queues its digests, in the
-- same transaction; every other instance finds the day taken and queues nothing.
create table email_digest_days (
  day date primary key,
  queued_at timestamptz not null
);
