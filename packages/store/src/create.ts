import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';
import { DURABLE_START_PARAMS, DurableNodeFS, syncTree } from './durable-fs';
import { lockDataDir } from './lock';

export const migrationsFolder = join(import.meta.dirname, '..', 'drizzle');

export type Db = ReturnType<typeof drizzlePostgres<typeof schema>> | ReturnType<typeof drizzlePglite<typeof schema>>;

export interface StoreOptions {
  /** A PostgreSQL URL: use postgres.js. Without it the embedded PGlite database is used. */
  url?: string;
  /** PGlite's data directory (default `./data`); `memory://` for a throwaway database. */
  dataDir?: string;
  /**
   * PGlite on disk: fsync the WAL before a commit answers (default true), so an acknowledged write survives
   * a power cut or an OS crash. `false` keeps it in the page cache only: for throwaway data and the benchmark.
   */
  durable?: boolean;
  /** postgres.js pool size. */
  max?: number;
  /**
   * PGlite, a new database only (in memory, or a data directory without one yet): start from this dump of a data
   * directory (`dumpMigrated`, `pgliteTemplate`) instead of an empty one, which skips PostgreSQL's initdb (seconds of
   * CPU); the migrations then add only what the dump lacks. An existing database ignores it.
   */
  loadDataDir?: Blob;
}

/** A dump of a new in-memory PGlite database with every migration applied: `loadDataDir` for the next ones. */
export async function dumpMigrated(): Promise<Blob> {
  const client = new PGlite('memory://');
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

export interface Connection {
  db: Db;
  driver: 'postgres' | 'pglite';
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a file, to start other new databases from (`loadDataDir`). */
  dumpDataDir?: () => Promise<Blob>;
}

/** Whether a PGlite data directory holds no database yet (a new one is made there, from `loadDataDir` if given). */
export const isNewDataDir = (dataDir: string): boolean => dataDir.startsWith('memory://') || !existsSync(join(dataDir, 'PG_VERSION'));

/** The advisory lock that lets one process at a time migrate a PostgreSQL database (a 64-bit number of ours). */
const MIGRATION_LOCK = 4_905_117_001;

/**
 * Runs `migrate` while holding the migration lock, on a connection of its own (so a pool of one still has its
 * connection for `migrate`): servers that start together on a new database migrate one after the other, and the
 * later ones find nothing left to do, instead of racing to create the same tables.
 */
async function migrateAlone(url: string, migrate: () => Promise<void>): Promise<void> {
  const locker = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await locker`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate();
  } finally {
    // Ending the connection releases the lock too; unlocking first lets the next one go at once.
    await locker`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => undefined);
    await locker.end({ timeout: 5 });
  }
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function connect(options: StoreOptions = {}): Promise<Connection> {
  if (options.url) {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    try {
      await migrateAlone(options.url, () => migratePostgres(db, { migrationsFolder }));
    } catch (error) {
      await client.end({ timeout: 5 });
      throw error;
    }
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? './data';
  const release = dataDir.startsWith('memory://') ? () => {} : lockDataDir(dataDir);
  try {
    // A data directory on disk gets PostgreSQL's own durability: the WAL is fsynced before a commit answers.
    const durable = !dataDir.startsWith('memory://') && options.durable !== false;
    const fresh = isNewDataDir(dataDir);
    const template = fresh && options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
    const client = !durable
      ? new PGlite(dataDir, template)
      : new PGlite({ fs: new DurableNodeFS(dataDir), startParams: DURABLE_START_PARAMS, ...template });
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    if (durable && fresh) syncTree(dataDir);
    return {
      db, driver: 'pglite', dumpDataDir: () => client.dumpDataDir('none'),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
