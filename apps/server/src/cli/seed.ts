import { openContext } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { seedDemoIfEmpty } from '../modules/demo/seed-demo.js';

/** `npm run db:seed` — migrates, then seeds the demo region into an empty database. */
const ctx = await openContext(loadConfig());
try {
  const logins = await seedDemoIfEmpty(ctx);
  console.log(
    logins
      ? `Data demo tersedia (${logins.length} akun).`
      : 'Basis data tidak kosong; data demo tidak ditambahkan.',
  );
} finally {
  await ctx.database.close();
}
