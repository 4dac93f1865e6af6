-- Dasbor at national scale (issue #6): a per-school rollup of the counts of
-- modules/dashboards/teacher-stages.ts, one row per (period, document, school), kept fresh by
-- triggers that mark a changed school dirty. Area dashboards sum the rollup (a kabupaten's schools,
-- a province's regencies) instead of joining millions of teachers live (domain.md §3.10).

create table dashboard_school_counts (
  period_id text not null,
  document text not null,
  school_id uuid not null,
  province_code text not null,
  regency_code text not null,
  dinas_id uuid,
  teachers int not null default 0,
  plan_draft int not null default 0,
  plan_submitted int not null default 0,
  plan_returned int not null default 0,
  plan_approved int not null default 0,
  execution_completed int not null default 0,
  assessment_draft int not null default 0,
  assessment_final int not null default 0,
  sangat_baik int not null default 0,
  baik int not null default 0,
  butuh_perbaikan int not null default 0,
  kurang int not null default 0,
  sangat_kurang int not null default 0,
  refreshed_at timestamptz not null,
  primary key (period_id, document, school_id)
);
create index dashboard_school_counts_region
  on dashboard_school_counts (period_id, document, province_code, regency_code);
create index dashboard_school_counts_dinas on dashboard_school_counts (period_id, document, dinas_id);

-- Schools whose rollup rows may be out of date. No foreign key: a deleted school stays here until
-- its rows are removed.
create table dashboard_dirty_schools (
  school_id uuid primary key,
  marked_at timestamptz not null default now()
);

-- Marks a school dirty. "do update" (not "do nothing") locks an existing mark until the writer
-- commits, so that a refresh which deletes the mark waits for the write and then counts it; with
-- "do nothing" a refresh could consume a mark made before an uncommitted write and lose it. The
-- where clause skips rewriting the row when the same transaction marks the school again.
create function dashboard_mark_school(school uuid) returns void language plpgsql as $$
begin
  if school is null then
    return;
  end if;
  insert into dashboard_dirty_schools as d (school_id, marked_at) values (school, now())
    on conflict (school_id) do update set marked_at = excluded.marked_at
    where d.marked_at is distinct from excluded.marked_at;
end
$$;

-- Row triggers of tables whose rows carry the school in school_id (plans, practice_cycles,
-- assessments, school_staff): the old and the new school.
create function dashboard_mark_row_school() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform dashboard_mark_school(old.school_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.school_id is distinct from old.school_id) then
    perform dashboard_mark_school(new.school_id);
  end if;
  return null;
end
$$;

create trigger plans_dashboard_dirty after insert or delete on plans
  for each row execute function dashboard_mark_row_school();
create trigger plans_dashboard_dirty_update after update on plans
  for each row when (old.status is distinct from new.status
                  or old.school_id is distinct from new.school_id
                  or old.employee_id is distinct from new.employee_id
                  or old.employee_kind is distinct from new.employee_kind
                  or old.period_id is distinct from new.period_id)
  execute function dashboard_mark_row_school();

create trigger practice_cycles_dashboard_dirty after insert or delete on practice_cycles
  for each row execute function dashboard_mark_row_school();
create trigger practice_cycles_dashboard_dirty_update after update on practice_cycles
  for each row when (old.state is distinct from new.state
                  or old.plan_id is distinct from new.plan_id
                  or old.period_id is distinct from new.period_id
                  or old.school_id is distinct from new.school_id)
  execute function dashboard_mark_row_school();

-- A draft counts once saved (version > 0), so only that crossing of version matters.
create trigger assessments_dashboard_dirty after insert or delete on assessments
  for each row execute function dashboard_mark_row_school();
create trigger assessments_dashboard_dirty_update after update on assessments
  for each row when (old.state is distinct from new.state
                  or old.predikat is distinct from new.predikat
                  or (old.version > 0) is distinct from (new.version > 0)
                  or old.document is distinct from new.document
                  or old.plan_id is distinct from new.plan_id
                  or old.period_id is distinct from new.period_id
                  or old.school_id is distinct from new.school_id)
  execute function dashboard_mark_row_school();

create trigger school_staff_dashboard_dirty after insert or delete on school_staff
  for each row execute function dashboard_mark_row_school();
create trigger school_staff_dashboard_dirty_update after update on school_staff
  for each row when (old.school_id is distinct from new.school_id
                  or old.person_id is distinct from new.person_id)
  execute function dashboard_mark_row_school();

-- A school's own row: its region and Dinas are copied into the rollup.
create function dashboard_mark_school_row() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform dashboard_mark_school(old.id);
  else
    perform dashboard_mark_school(new.id);
  end if;
  return null;
end
$$;
create trigger schools_dashboard_dirty after insert or delete on schools
  for each row execute function dashboard_mark_school_row();
create trigger schools_dashboard_dirty_update after update on schools
  for each row when (old.province_code is distinct from new.province_code
                  or old.regency_code is distinct from new.regency_code
                  or old.dinas_id is distinct from new.dinas_id)
  execute function dashboard_mark_school_row();

-- A person who becomes or stops being a teacher (Jenis PTK, domain.md §1.4): every school of theirs.
create function dashboard_mark_person_schools() returns trigger language plpgsql as $$
begin
  insert into dashboard_dirty_schools as d (school_id, marked_at)
    select st.school_id, now() from school_staff st where st.person_id = new.id
    on conflict (school_id) do update set marked_at = excluded.marked_at
    where d.marked_at is distinct from excluded.marked_at;
  return null;
end
$$;
create trigger people_dashboard_dirty after update on people
  for each row when (upper(old.jenis_ptk) is distinct from upper(new.jenis_ptk))
  execute function dashboard_mark_person_schools();

-- A new period (or another rule set) has rows for every school that are not computed yet: without
-- them its dashboards would show no teachers. Periods change a few times a year. Row triggers, not
-- statement ones: ensurePeriods inserts "on conflict do nothing" at every start, and a statement
-- trigger would then mark every school although no period was added.
create function dashboard_mark_all_schools() returns trigger language plpgsql as $$
begin
  insert into dashboard_dirty_schools as d (school_id, marked_at)
    select s.id, now() from schools s
    on conflict (school_id) do update set marked_at = excluded.marked_at
    where d.marked_at is distinct from excluded.marked_at;
  return null;
end
$$;
create trigger periods_dashboard_dirty after insert or delete on periods
  for each row execute function dashboard_mark_all_schools();
create trigger periods_dashboard_dirty_update after update on periods
  for each row when (old.id is distinct from new.id
                  or old.rule_set_version is distinct from new.rule_set_version)
  execute function dashboard_mark_all_schools();

-- An existing database fills its rollup on first use (area reads and the refresh job).
insert into dashboard_dirty_schools (school_id) select id from schools;
