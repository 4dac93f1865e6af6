import { buildApp } from './app.js';
import { openContext } from './bootstrap.js';
import { loadConfig, type Config } from './config.js';
import { scheduleBlobHousekeeping } from './jobs/blob-housekeeping.js';
import { scheduleDashboardRefresh } from './jobs/dashboard-refresh.js';
import { scheduleDeadlineReminders } from './jobs/deadline-reminders.js';
import { scheduleEKinerjaSync } from './jobs/e-kinerja-sync.js';
import { scheduleEmailDelivery } from './jobs/email-delivery.js';
import { startInvalidationRelay } from './lib/postgres-invalidation-relay.js';
import { seedDemoIfEmpty } from './modules/demo/seed-demo.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const ctx = await openContext(config, startClock(config.startClockAt));
  const app = await buildApp(ctx);
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite tertanam di ${config.dataDir}`;
  app.log.info(`Basis data: ${where}`);
  if (config.databaseReadUrl) app.log.info('Replika baca: DATABASE_READ_URL (dasbor dan daftar)');
  if (config.seedDemo) {
    const logins = await seedDemoIfEmpty(ctx);
    if (logins) printDemoLogins(logins);
  }

  // Several instances on one PostgreSQL forget each other's edited caches at once (issue 16).
  const stopRelay = config.databaseUrl
    ? await startInvalidationRelay(config.databaseUrl, app.log)
    : async () => undefined;
  const stopReminders = scheduleDeadlineReminders(ctx, app.log);
  const stopSync = scheduleEKinerjaSync(ctx, app.log);
  const stopDashboardRefresh = scheduleDashboardRefresh(ctx, app.log);
  const stopBlobHousekeeping = scheduleBlobHousekeeping(ctx, app.log);
  const stopEmail = scheduleEmailDelivery(ctx, app.log);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'menutup server');
    stopReminders();
    stopSync();
    stopDashboardRefresh();
    stopBlobHousekeeping();
    stopEmail();
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await stopRelay();
    await ctx.replica?.close();
    await ctx.database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  console.log(`\nKinerja berjalan di ${config.publicUrl} (port ${config.port})\n`);
}

/** The real clock, or one that starts at KINERJA_START_CLOCK_AT (demos and browser tests of a period). */
function startClock(startAt: Date | undefined): () => Date {
  if (!startAt) return () => new Date();
  const offset = startAt.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

function printDemoLogins(logins: Array<{ email: string; role: string }>): void {
  console.log('\nAkun demo (kata sandi untuk semua: kinerja-demo-2026):');
  for (const l of logins) console.log(`  ${l.email.padEnd(40)} ${l.role}`);
  console.log('');
}

void main();
