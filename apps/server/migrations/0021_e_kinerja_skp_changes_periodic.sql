-- e-Kinerja learns two more facts through the outbox (domain.md §3.4, §5.5, §6.4; issue 14 items 4, 6):
-- "plan.rhk_changed" — the SKP again after "Ubah Rencana Hasil Kerja", written in the change's
-- transaction; "assessment.periodic" — a monthly/quarterly periodic assessment generated from a
-- final evaluation document, written in the transaction of "Tetapkan".
-- Each such row names its fact in payload.factKey (the idempotency key of the push): queuing the
-- same fact twice is a no-op, so e-Kinerja never receives a duplicate "Angka Periodik".
drop index if exists outbox_e_kinerja_plan;
create index outbox_e_kinerja_plan on outbox ((payload ->> 'planId'))
  where topic in ('plan.approved', 'plan.rhk_changed', 'assessment.final', 'assessment.periodic');
create unique index outbox_e_kinerja_fact on outbox ((payload ->> 'factKey'))
  where topic in ('plan.rhk_changed', 'assessment.periodic');

-- How often a period's periodic assessments are generated ("Tipe Periodik" of the instance's
-- Manajemen Periode): the guides leave the choice to each instance, so the rule set's default can
-- be changed here per period (domain.md §5.5, §8.1).
create table periodic_assessment_settings (
  period_id text primary key references periods (id),
  periodicity text not null check (periodicity in ('none', 'monthly', 'quarterly')),
  updated_by uuid references people (id),
  updated_at timestamptz not null default now()
);
