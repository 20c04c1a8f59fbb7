import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../repos/database';

/**
 * Koers's tables (schema `public`) with every table after the tables it refers to: the order a backup is
 * written and restored in. Read from the database's own catalogue, so a new table needs no change here. A table
 * whose comment starts with `derived:` (kept by triggers from other tables, such as `type_counts`) is left out:
 * restoring its sources rebuilds it.
 */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = rowsOf<{ name: string }>(await db.execute(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'derived:%'
    order by c.relname`)).map((r) => r.name);
  const references = rowsOf<{ child: string; parent: string }>(await db.execute(sql`
    select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`));
  const ordered: string[] = [];
  const visit = (table: string, path: string[]): void => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`foreign keys form a cycle: ${[...path, table].join(' -> ')}`);
    for (const r of references) if (r.child === table) visit(r.parent, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

/** Double-quotes an identifier for SQL text. */
export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;
