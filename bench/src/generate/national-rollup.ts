import { sql } from 'kysely';
import type { Db } from '../../../apps/server/src/db/database.js';
import {
  DEFAULT_REFRESH_BATCH,
  refreshAllSchoolCounts,
} from '../../../apps/server/src/modules/dashboards/dashboard-rollup.js';
import { progress } from '../progress.js';

/** How the dashboards' per-school rollup was brought up to date before measuring. */
export type RollupRefresh = { schools: number; seconds: number };

/**
 * Brings the dashboards' per-school rollup (migration 0011) up to date, as a server would after a
 * bulk load: the generator writes with triggers off, so when the rollup holds nothing every school
 * is marked dirty here; then every dirty school is refreshed in batches and both tables vacuumed.
 */
export async function refreshNationalRollup(db: Db): Promise<RollupRefresh> {
  const started = performance.now();
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from (select 1 from dashboard_school_counts limit 1) c`.execute(db);
  if ((rows[0]?.n ?? 0) === 0) {
    await sql`insert into dashboard_dirty_schools (school_id) select id from schools
              on conflict do nothing`.execute(db);
  }
  let lastReport = 0;
  const schools = await refreshAllSchoolCounts(db, {
    batchSize: DEFAULT_REFRESH_BATCH * 4,
    onProgress: (refreshed) => {
      if (refreshed - lastReport < 20_000) return;
      lastReport = refreshed;
      const elapsed = (performance.now() - started) / 1000;
      progress(
        `national: dashboard rollup ${refreshed} schools refreshed (${elapsed.toFixed(0)} s)`,
      );
    },
  });
  // Claiming deletes every mark: without a vacuum the emptied dirty table stays hundreds of
  // thousands of dead rows long, and each dashboard read (which looks for its area's marks) would
  // scan them until autovacuum comes by. A server's job deletes a few at a time; a bulk load must
  // vacuum, as it analyses.
  await sql`vacuum (analyze) dashboard_dirty_schools, dashboard_school_counts`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  progress(
    `national: dashboard rollup ready: ${schools} schools refreshed in ${seconds.toFixed(0)} s`,
  );
  return { schools, seconds };
}
