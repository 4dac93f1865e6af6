import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A hot standby of the test PostgreSQL, streaming from it, on its own port. */
export type StreamingReplica = {
  port: number;
  /** `databaseUrl` with the replica's port. */
  urlOf: (databaseUrl: string) => string;
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  stop: () => Promise<void>;
};

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Hands a path to user postgres when we are root, so the standby's programs may use it. */
function giveToPostgres(path: string): void {
  if (process.getuid?.() !== 0) return;
  const idOf = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
  chownSync(path, idOf('-u'), idOf('-g'));
}

/** Runs a PostgreSQL program; as user postgres when we are root (initdb and pg_ctl refuse root). */
function run(bin: string, program: string, args: string[]): string {
  const command = [join(bin, program), ...args];
  const asRoot = process.getuid?.() === 0;
  const done = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', ...command], { encoding: 'utf8' })
    : spawnSync(command[0] ?? '', command.slice(1), { encoding: 'utf8' });
  if (done.status !== 0)
    throw new Error(`${program} ${args.join(' ')}: ${done.status}\n${done.stdout}${done.stderr}`);
  return done.stdout;
}

/**
 * Makes sure the primary accepts replication connections from 127.0.0.1: adds a trust line to its
 * pg_hba.conf when none allows replication, and returns how to put the file back. Throws a clear
 * message when the file cannot be written (then the test cannot set a replica up).
 */
export async function allowReplication(adminUrl: string): Promise<() => Promise<void>> {
  const rules = await query<{ n: number }>(
    adminUrl,
    `select count(*)::int as n from pg_hba_file_rules
      where type = 'host' and 'replication' = any(database)`,
  );
  if ((rules[0]?.n ?? 0) > 0) return async () => undefined;
  const [file] = await query<{ hba_file: string }>(adminUrl, 'show hba_file');
  const path = file?.hba_file ?? '';
  const original = readFileSync(path, 'utf8');
  try {
    writeFileSync(path, `${original.trimEnd()}\nhost replication all 127.0.0.1/32 trust\n`);
  } catch (error) {
    throw new Error(
      `pg_hba.conf (${path}) tidak dapat ditulis untuk baris replikasi: ${(error as Error).message}`,
      { cause: error },
    );
  }
  await query(adminUrl, 'select pg_reload_conf()');
  return async () => {
    writeFileSync(path, original);
    await query(adminUrl, 'select pg_reload_conf()');
  };
}

/**
 * pg_basebackup -R of the primary into a temporary directory, started with pg_ctl on `port` as a
 * hot standby; resolves once it streams (the primary lists it in pg_stat_replication).
 */
export async function startStreamingReplica(
  adminUrl: string,
  port: number,
): Promise<StreamingReplica> {
  const [version] = await query<{ major: string }>(
    adminUrl,
    `select current_setting('server_version_num')::int / 10000 as major`,
  );
  const bin = `/usr/lib/postgresql/${version?.major}/bin`;
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-replica-'));
  const data = join(dir, 'data');
  giveToPostgres(dir);
  chmodSync(dir, 0o700);
  const primary = new URL(adminUrl);
  run(bin, 'pg_basebackup', [
    ...['-h', primary.hostname, '-p', primary.port || '5432', '-U', primary.username || 'postgres'],
    ...['-D', data, '-R', '-X', 'stream', '-c', 'fast'],
  ]);
  // A standby needs these at least as high as its primary's, or it refuses to recover.
  const floors = await query<{ name: string; setting: string }>(
    adminUrl,
    `select name, setting from pg_settings where name in ('max_connections',
       'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions',
       'max_locks_per_transaction')`,
  );
  // Debian keeps the configuration outside the data directory: the standby gets its own.
  const conf = [
    ...floors.map((f) => `${f.name} = ${f.setting}`),
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    'hot_standby = on',
    'shared_buffers = 16MB',
  ];
  writeAsPostgres(join(data, 'postgresql.conf'), `${conf.join('\n')}\n`);
  writeAsPostgres(
    join(data, 'pg_hba.conf'),
    'local all all trust\nhost all all 127.0.0.1/32 trust\n',
  );
  writeAsPostgres(join(data, 'pg_ident.conf'), '');
  run(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'replica.log'), '-w', '-t', '120', 'start']);

  const replicaUrl = new URL(adminUrl);
  replicaUrl.port = String(port);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const streaming = await query<{ n: number }>(
      adminUrl,
      `select count(*)::int as n from pg_stat_replication where state = 'streaming'`,
    );
    if ((streaming[0]?.n ?? 0) > 0) break;
    if (Date.now() > deadline)
      throw new Error(`replica not streaming:\n${readFileSync(join(dir, 'replica.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    urlOf: (databaseUrl) => {
      const url = new URL(databaseUrl);
      url.port = String(port);
      return url.toString();
    },
    pauseReplay: async () => {
      // Until it pauses ('pause requested') the standby applies no further record either.
      const [state] = await query<{ s: string }>(
        replicaUrl.toString(),
        'select pg_wal_replay_pause(), pg_get_wal_replay_pause_state() as s',
      );
      if (state?.s === 'not paused') throw new Error('replay did not pause');
    },
    resumeReplay: async () =>
      void (await query(replicaUrl.toString(), 'select pg_wal_replay_resume()')),
    stop: async () => {
      run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function writeAsPostgres(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  giveToPostgres(path);
}
