-- 2024 competency activities repeat (issue 14 item 1, domain.md §4.5): a teacher plans a number of
-- each activity ("1 pelatihan + Aksi Nyata" twice is 16 poin) and Kumpulkan Bukti Dukung has one slot
-- per planned instance. A slot is now keyed by (plan, kind, code, instance); existing slots are
-- instance 1, which is what a plan stored before repeats (each code once) asks for.
alter table evidence_slots
  add column instance smallint not null default 1 check (instance >= 1);

drop index evidence_slots_current;
create unique index evidence_slots_current on evidence_slots (plan_id, kind, code, instance)
  where superseded_at is null;
