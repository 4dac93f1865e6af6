-- Dasbor (issue #6 item 6): progress counts per school, kabupaten/kota, province and nation,
-- aggregated in SQL over 3.4 million teachers (domain.md §3.10). Every join of a teacher to their
-- plan, Pelaksanaan and assessment is an index-only lookup or scan of the indexes below.

-- Which staff are teachers is decided by upper(jenis_ptk) (domain.md §1.4). Without statistics on
-- that expression the planner guesses a tiny fraction and picks per-row loops for a whole province.
create statistics people_jenis_ptk_upper on (upper(jenis_ptk)) from people;

-- The teachers among people, for an index-only join of school_staff to people. The list is
-- TEACHING_JENIS_PTK upper-cased, exactly as teachingJenisPtkSql writes it, so that the planner can
-- match the queries' predicate to this index (dashboards.test.ts checks that the two lists agree;
-- a change of the list needs a migration that recreates this index).
create index people_teachers on people (id)
  where upper(jenis_ptk) in ('GURU MAPEL', 'GURU KELAS', 'GURU BK', 'GURU PENGGANTI', 'GURU TIK',
    'GURU PENDAMPING', 'GURU PENDAMPING KHUSUS', 'GURU PEMBIMBING KHUSUS', 'PLAY GROUP TEACHER',
    'KINDERGARTEN TEACHER');

-- A province's staff without visiting the heap (school_staff keeps its school's province code).
create index school_staff_province on school_staff (province_code) include (school_id, person_id);

-- A teacher's plan in a period at a school, with what the counts need.
create index plans_dashboard on plans (period_id, school_id, employee_id)
  include (employee_kind, status, id);

-- Completed Pelaksanaan only: the dashboards ask no other state.
create index practice_cycles_completed on practice_cycles (period_id, plan_id)
  where state = 'completed';

-- A plan's assessment of one document, with its state and predikat.
create index assessments_dashboard on assessments (period_id, document, plan_id)
  include (state, version, predikat);
