import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import type { Connection } from '../create';

/** A hand-written statement with positional parameters (`$1`, `$2`, …), run on either driver. */
export type Statement<Row> = (params: readonly unknown[]) => Promise<Row[]>;

/**
 * Prepares a hand-written SQL statement for the hot path. On PostgreSQL it is a named prepared statement
 * (parsed and planned once per connection, one round trip per call); PGlite runs in-process, where the
 * extended protocol it always uses is the same work. Parameters go through each driver's own type
 * serialisation, so pass JSON as text (`$n::text::jsonb`) and times as ISO text (`$n::timestamptz`).
 * @example const bump = prepareStatement<{ seq: number }>(connection, 'update … returning seq');
 */
export function prepareStatement<Row>(connection: Connection, text: string): Statement<Row> {
  const client = (connection.db as unknown as { $client: unknown }).$client;
  if (connection.driver === 'postgres') {
    const sql = client as Sql;
    return async (params) => [...(await sql.unsafe(text, params as never[], { prepare: true }))] as Row[];
  }
  const lite = client as PGlite;
  return async (params) => (await lite.query<Row>(text, params as unknown[])).rows;
}

/** The SQLSTATE of a database error from either driver (`23505` for a unique violation). */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * A PostgreSQL array literal (`{"a","b",NULL}`) for a `$n::text::text[]` parameter: postgres.js's
 * `unsafe` passes a JavaScript array through unserialised, so both drivers get the same text instead.
 */
export function pgArray(items: ReadonlyArray<string | null>): string {
  return `{${items.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/**
 * Reads a `timestamptz[]` element as drizzle hands it over: drizzle's array parser turns SQL NULL into
 * the text `NULL`, which no timestamp ever is.
 */
export function nullableTime(value: string | null): string | null {
  return value === null || value === 'NULL' ? null : value;
}

/** Runs hand-written statements inside one open transaction (`$n` parameters, as `prepareStatement`). */
export type TxRun = <Row>(text: string, params: readonly unknown[]) => Promise<Row[]>;

/**
 * Runs `work` in one transaction on either driver, its statements through `run`. On PGlite (one connection)
 * every other query waits until it ends, so keep the work short; row locks taken in it (`for update`) hold
 * until it commits, and a crash of the process rolls it back and frees them.
 */
export async function inTransaction<T>(connection: Connection, work: (run: TxRun) => Promise<T>): Promise<T> {
  const client = (connection.db as unknown as { $client: unknown }).$client;
  if (connection.driver === 'postgres') {
    const sql = client as Sql;
    return (await sql.begin((tx) => work(async <Row>(text: string, params: readonly unknown[]) =>
      [...(await tx.unsafe(text, params as never[], { prepare: true }))] as Row[]))) as T;
  }
  const lite = client as PGlite;
  return lite.transaction((tx) => work(async <Row>(text: string, params: readonly unknown[]) => (await tx.query<Row>(text, params as unknown[])).rows));
}
