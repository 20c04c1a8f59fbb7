import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Connection } from '../create';
import type * as schema from '../schema';

/**
 * The drizzle database both drivers share. `Connection['db']` is a union of the PGlite and postgres.js
 * types, whose overloaded methods TypeScript cannot call through; both extend this one class.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The connection's database as the shared type. */
export function databaseOf(connection: Connection): Database {
  return connection.db as unknown as Database;
}

/** Rows of `db.execute`: postgres.js answers an array, PGlite an object with `rows`. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/** A database or an open transaction on it: repositories accept either, so callers can compose writes. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * A timestamp as ISO 8601 in UTC. Both drivers hand back `timestamptz` as PostgreSQL text
 * (`2025-01-02 03:04:05.678+00`), and JSON aggregates as `2025-01-02T03:04:05.678+00:00`; callers get one form.
 */
export function iso(value: string): string;
export function iso(value: string | null): string | null;
export function iso(value: string | null): string | null {
  if (value === null) return null;
  return new Date(value.includes('T') ? value : value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID: lookups by a malformed id find nothing instead of failing in PostgreSQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
