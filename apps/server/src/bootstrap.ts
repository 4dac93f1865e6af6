import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createBlobStore } from './lib/blob-store/index.js';
import type { AppContext, Clock } from './lib/context.js';
import { withBlobRegistry } from './modules/storage/blob-registry.js';
import { seedPeriodsAndRuleSets } from './modules/periods/seed-periods.js';

/** Opens the configured database, applies migrations and makes sure the rule-set periods exist. */
export async function openContext(
  config: Config,
  clock: Clock = () => new Date(),
): Promise<AppContext> {
  const database: Database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await migrate(database);
  await seedPeriodsAndRuleSets(database.db, clock());
  // Every stored blob is registered, so unreferenced ones can be collected (issue 12 finding 8).
  const blobs = withBlobRegistry(createBlobStore(config), database.db, clock);
  // The replica is never migrated: it replays the primary's WAL, schema changes included.
  const replica = config.databaseReadUrl
    ? await openDatabase({ databaseUrl: config.databaseReadUrl, poolSize: config.databasePoolSize })
    : undefined;
  return { config, database, db: database.db, clock, blobs, replica };
}
