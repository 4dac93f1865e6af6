import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { forgetCachedPeriods, listPeriodsCached } from '../modules/periods/periods.repository.js';
import { seedPeriodsAndRuleSets } from '../modules/periods/seed-periods.js';
import { openFreshDatabase } from '../test/test-database.js';
import {
  receiveInvalidation,
  setInvalidationRelay,
  type CacheTopic,
} from './cache-invalidation.js';

describe('cache invalidation across instances (issue 15)', () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await openFreshDatabase();
    ({ database, drop } = fresh);
    await migrate(database);
    await seedPeriodsAndRuleSets(database.db, new Date('2026-03-02T03:00:00Z'));
  });
  afterAll(async () => {
    setInvalidationRelay(undefined);
    await drop();
  });

  it('a period edit here is relayed; one reported by another instance makes the cache reread', async () => {
    const { db } = database;
    const now = Date.parse('2026-03-02T03:00:00Z');
    const first = listPeriodsCached(db, now);
    expect(listPeriodsCached(db, now + 1000)).toBe(first);

    const published: CacheTopic[] = [];
    setInvalidationRelay(async (topic) => {
      published.push(topic);
    });
    await forgetCachedPeriods(db);
    expect(published).toEqual(['periods']);
    const second = listPeriodsCached(db, now + 2000);
    expect(second).not.toBe(first);

    receiveInvalidation('periods');
    const third = listPeriodsCached(db, now + 3000);
    expect(third).not.toBe(second);
    expect(published).toEqual(['periods']);
    expect((await third).map((p) => p.id)).toEqual((await first).map((p) => p.id));
  });
});
