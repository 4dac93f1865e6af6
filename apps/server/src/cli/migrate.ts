import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';

/** `npm run db:migrate` — applies pending migrations to the configured database. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await migrate(database);
  console.log(
    applied.length ? `Migrasi diterapkan: ${applied.join(', ')}` : 'Basis data sudah mutakhir.',
  );
} finally {
  await database.close();
}
