-- Account powers and people lookup (issue 12, findings 1 and 2).
-- A password reset tells the person by an in-app notification; the kinds already allowed are kept
-- by reading the current constraint, so this works whatever an earlier migration added.
do $$
declare
  kinds text[];
begin
  select array_agg(distinct m[1]) into kinds
    from pg_constraint c,
         regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') as m
   where c.conname = 'notifications_kind_check' and c.conrelid = 'notifications'::regclass;
  kinds := array(select distinct k from unnest(kinds || array['password_reset']) as k order by k);
  execute 'alter table notifications drop constraint notifications_kind_check';
  execute format('alter table notifications add constraint notifications_kind_check check (kind in (%s))',
    array_to_string(array(select quote_literal(k) from unnest(kinds) as k), ', '));
end
$$;

-- Each people lookup, per caller, for the rate limit (stored here so every instance agrees, like
-- login_failures); who looked up what is in audit_log.
create table people_lookups (
  id bigserial primary key,
  person_id uuid not null references people (id),
  at timestamptz not null
);
create index people_lookups_person on people_lookups (person_id, at);
