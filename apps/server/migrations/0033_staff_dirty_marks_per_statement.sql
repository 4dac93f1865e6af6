-- Issue 15 item 4: the roster import links millions of people to their schools in one set-based
-- INSERT. The row trigger of 0011 marked the school dirty once per row (one plpgsql call and one
-- upsert each); these statement triggers mark every school of the statement in one upsert, with the
-- same effect (the same schools marked, the same "do update" lock of 0011's comment).

drop trigger school_staff_dashboard_dirty on school_staff;

-- The schools of the rows a statement inserted or deleted (transition table `changed_rows`).
create function dashboard_mark_changed_staff_schools() returns trigger language plpgsql as $$
begin
  insert into dashboard_dirty_schools as d (school_id, marked_at)
    select distinct school_id, now() from changed_rows where school_id is not null
    on conflict (school_id) do update set marked_at = excluded.marked_at
    where d.marked_at is distinct from excluded.marked_at;
  return null;
end
$$;

create trigger school_staff_dashboard_dirty_insert after insert on school_staff
  referencing new table as changed_rows
  for each statement execute function dashboard_mark_changed_staff_schools();
create trigger school_staff_dashboard_dirty_delete after delete on school_staff
  referencing old table as changed_rows
  for each statement execute function dashboard_mark_changed_staff_schools();
