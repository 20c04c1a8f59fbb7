import postgres from 'postgres';
import { type StoreOptions } from '@koers/store';

/** The server the PostgreSQL suites use; .ci/run starts it. */
export const POSTGRES_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: Promise<boolean> | undefined;

/** Whether the PostgreSQL test server answers. Under CI=true a missing server is an error, never a skip. */
export function postgresAvailable(): Promise<boolean> {
  reachable ??= (async () => {
    const sql = postgres(POSTGRES_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await sql`select 1`;
      return true;
    } catch (error) {
      if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true but ${POSTGRES_URL} does not answer: ${String(error)}`);
      console.warn(`\n!!! PostgreSQL at ${POSTGRES_URL} does not answer: the PostgreSQL suites are SKIPPED (${String(error)})\n`);
      return false;
    } finally {
      await sql.end({ timeout: 1 });
    }
  })();
  return reachable;
}

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Options for a new, empty database of this kind. */
  create(): Promise<StoreOptions>;
  /** Drops every database this kind made. */
  cleanup(): Promise<void>;
}

/** The two databases every contract suite runs against: PGlite in memory and a fresh PostgreSQL database. */
export const DATABASES: TestDatabase[] = [
  { name: 'pglite', create: async () => ({ dataDir: 'memory://' }), cleanup: async () => {} },
  (() => {
    const made: string[] = [];
    return {
      name: 'postgres' as const,
      async create() {
        const name = `koers_test_${process.pid}_${Date.now()}_${made.length}`;
        const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${name}`);
        await admin.end();
        made.push(name);
        const url = new URL(POSTGRES_URL);
        url.pathname = `/${name}`;
        return { url: url.toString(), max: 4 };
      },
      async cleanup() {
        const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
        for (const name of made.splice(0)) await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  })(),
];
