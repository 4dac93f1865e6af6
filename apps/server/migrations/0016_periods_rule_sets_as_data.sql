-- Periods and rule sets as data (issue 13 items 1–2). The Pra-Perencanaan window is stored with the
-- other windows (null for rule sets without that stage), and `windows_are_defaults` marks dates that
-- are our inferred defaults [I] until an administrator saves them (domain.md §2.2, §2.4).
alter table periods
  add column pre_planning_opens_on date,
  add column pre_planning_closes_on date,
  add column windows_are_defaults boolean not null default false,
  add constraint periods_pre_planning_both check (
    (pre_planning_opens_on is null) = (pre_planning_closes_on is null)
  );

-- Existing databases: the built-in Pra-Perencanaan / Pemutakhiran Data windows (domain.md §2.4),
-- written once here; the server's seed inserts rows for new databases with the same dates.
update periods set pre_planning_opens_on = '2025-01-01', pre_planning_closes_on = '2025-01-07'
  where id = '2025' and rule_set_version = '2025' and pre_planning_opens_on is null;
update periods set pre_planning_opens_on = '2025-12-29', pre_planning_closes_on = '2026-01-07'
  where id = '2026' and rule_set_version = '2026' and pre_planning_opens_on is null;

-- Rule sets derived as data from a built-in or another derived one: the base's rules continue
-- unless `changes` says otherwise (domain.md §8 item 1). Registered into the domain at start-up.
create table rule_sets (
  version text primary key check (version ~ '^[0-9A-Za-z-]{1,20}$'),
  based_on text not null,
  label text not null,
  label_en text not null,
  changes jsonb not null,
  created_by uuid references people (id),
  created_at timestamptz not null
);

-- People working in a period are told when an administrator moves its windows; the kinds already
-- allowed are kept by reading the current constraint (as 0012 does).
do $$
declare
  kinds text[];
begin
  select array_agg(distinct m[1]) into kinds
    from pg_constraint c,
         regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') as m
   where c.conname = 'notifications_kind_check' and c.conrelid = 'notifications'::regclass;
  kinds := array(select distinct k from unnest(kinds || array['period_changed']) as k order by k);
  execute 'alter table notifications drop constraint notifications_kind_check';
  execute format('alter table notifications add constraint notifications_kind_check check (kind in (%s))',
    array_to_string(array(select quote_literal(k) from unnest(kinds) as k), ', '));
end
$$;
