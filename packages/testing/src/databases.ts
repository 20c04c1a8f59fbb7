import postgres from 'postgres';
import { afterAll, beforeAll, describe } from 'vitest';
import { type StoreOptions } from '@koers/store';
import { pgliteTemplate } from './pglite-template';

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
  // In memory, from a migrated template: the same empty database, without initdb each time.
  { name: 'pglite', create: async () => ({ dataDir: 'memory://', loadDataDir: await pgliteTemplate() }), cleanup: async () => {} },
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

/**
 * Declares one suite per database, named `${title} (${database.name})`: the PostgreSQL one only when
 * postgresAvailable() says so (a loud skip without a server, an error under CI=true). Before the suite's
 * tests `open` makes what they work on; after them it is closed and the database dropped. `body` gets a
 * stand-in that reads through to the opened value, so the tests use it as they would the value itself.
 * Await it at the top of the test file.
 */
export async function forEachDatabase<T extends { close(): Promise<void> }>(
  title: string,
  open: (database: TestDatabase) => Promise<T>,
  body: (opened: T, database: TestDatabase) => void,
  databases: TestDatabase[] = DATABASES,
): Promise<void> {
  for (const database of databases) {
    const name = `${title} (${database.name})`;
    describe.runIf(database.name === 'pglite' || (await postgresAvailable()))(name, () => {
      let opened: T | undefined;
      beforeAll(async () => {
        opened = await open(database);
      });
      afterAll(async () => {
        await opened?.close();
        await database.cleanup();
      });
      body(standIn(name, () => opened), database);
    });
  }
}

/** An object whose properties are those of `current()`, read when used; functions stay bound to it. */
function standIn<T extends object>(name: string, current: () => T | undefined): T {
  const target = (): T => {
    const value = current();
    if (value === undefined) throw new Error(`${name}: used before its beforeAll opened it`);
    return value;
  };
  return new Proxy({} as T, {
    get(_, key) {
      const value: unknown = Reflect.get(target(), key);
      return typeof value === 'function' ? value.bind(target()) : value;
    },
    has: (_, key) => Reflect.has(target(), key),
  });
}
