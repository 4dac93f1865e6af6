import type { Config } from '../config.js';
import type { Database, Db } from '../db/database.js';
import type { BlobStore } from './blob-store/index.js';

/** Returns the current time; injected so tests and benchmarks can move it. */
export type Clock = () => Date;

/** What every route and use case may reach: configuration, database, clock, file storage. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  /** Content-addressed file storage (architecture.md §4). */
  blobs: BlobStore;
  /**
   * The PostgreSQL streaming replica of DATABASE_READ_URL, when set (issue 16 item 2). Only
   * `readerFor` (plugins/read-routing.ts) hands it out, to dashboard and list reads.
   */
  replica?: Database | undefined;
};
