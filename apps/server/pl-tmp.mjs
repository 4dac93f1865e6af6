import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
await db.exec(`create table n (kind text not null constraint n_kind_check check (kind in ('a','b')));
do $$
declare kinds text[];
begin
  select array_agg(distinct m[1] order by m[1]) into kinds
    from pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') m
   where c.conname = 'n_kind_check' and c.conrelid = 'n'::regclass;
  kinds := kinds || array['c','d'];
  execute 'alter table n drop constraint n_kind_check';
  execute format('alter table n add constraint n_kind_check check (kind = any (%L::text[]))', kinds);
end $$;`);
console.log((await db.query(`select pg_get_constraintdef(oid) d from pg_constraint where conname='n_kind_check'`)).rows);
await db.exec(`insert into n values ('c')`);
try { await db.exec(`insert into n values ('z')`);} catch(e){console.log('refused', e.message)}
