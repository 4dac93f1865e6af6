import type { Config } from '../config.js';
import type { Database, Db } from '../db/database.js';

/** Returns the current time; injected so tests and benchmarks can move it. */
export type Clock = () => Date;

/** What every route and use case may reach: configuration, database, clock. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
};
