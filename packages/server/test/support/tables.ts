import { type SQL, sql } from 'drizzle-orm';
import type { Store } from '@koers/store';

/** The rows of a query, on either driver. */
export const rows = async <Row>(store: Store, query: SQL): Promise<Row[]> => {
  const result = await store.connection.db.execute(query);
  return ('rows' in result ? result.rows : result) as Row[];
};

/** A hash of every row of each table, to show a refused request changed none of them. */
export async function tableHashes(store: Store, tables: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    out[table] = (await rows<{ h: string }>(store, sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${table} t`)))[0]!.h;
  }
  return out;
}

/** The details of the audit entries of one action, oldest first. */
export async function auditDetails(store: Store, action: string): Promise<unknown[]> {
  return (await rows<{ detail: unknown }>(store, sql`select detail from audit_log where action = ${action} order by id`)).map((r) => r.detail);
}
