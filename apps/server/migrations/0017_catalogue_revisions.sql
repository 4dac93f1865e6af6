-- Catalogues as data (issue 13 item 3, domain.md §8 item 4): the code catalogues stay the
-- defaults; every edit an administrator makes of one entry of one period is a revision holding
-- the entry's whole value before and after, with its source and marker ([C]/[S]/[I]/[X], §0).
-- Revision ids increase over all periods, so "the newest revision when the plan was started" is
-- one number a plan keeps (plans.catalogue_revision).
create table catalogue_revisions (
  id serial primary key,
  period_id text not null references periods (id),
  catalogue_id text not null,
  entry_code text not null check (entry_code ~ '^[a-z0-9_]{2,80}$'),
  before jsonb,
  after jsonb not null,
  source text not null,
  confidence text not null check (confidence in ('C', 'S', 'I', 'X')),
  created_by uuid references people (id),
  created_at timestamptz not null
);
create index catalogue_revisions_period on catalogue_revisions (period_id, id);
create index catalogue_revisions_entry on catalogue_revisions (period_id, catalogue_id, entry_code, id);

-- The competency-indicator fills (0005) become revisions of the 2025+ catalogue, in their order.
insert into catalogue_revisions
  (period_id, catalogue_id, entry_code, before, after, source, confidence, created_by, created_at)
select
  v.period_id,
  'competency-indicators-2025',
  v.group_code,
  null,
  jsonb_build_object(
    'code', v.group_code,
    'order', case v.group_code when 'pedagogik' then 1 when 'kepribadian' then 2
      when 'sosial' then 3 else 4 end,
    'name', jsonb_build_object(
      'value', initcap(v.group_code), 'isGap', false,
      'source', 'domain.md §4.5; POSKOTA-REFKOM', 'confidence', 'S'),
    'indicators', jsonb_build_object(
      'value', v.indicators, 'isGap', false, 'source', v.source, 'confidence', 'C')
  ),
  v.source,
  'C',
  v.created_by,
  v.created_at
from competency_indicator_versions v
order by v.created_at, v.id;

drop table competency_indicator_versions;

-- The catalogue revision a plan was started with: it reads its catalogue texts by it, so an edit
-- applies to plans started after it. Null: a plan from before 0017, which follows the newest.
alter table plans add column catalogue_revision integer;
