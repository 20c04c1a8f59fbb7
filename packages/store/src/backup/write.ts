import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { databaseOf, rowsOf } from '../repos/database';
import { quoted, tablesInDependencyOrder } from './tables';

/** The backup file format this code writes and reads. */
export const BACKUP_FORMAT = 1;

/** The first line of a backup. */
export interface BackupHeader {
  koers: 'backup';
  format: typeof BACKUP_FORMAT;
  /** The newest migration the database had: a backup restores only into the same schema. */
  schema: string;
  /** Every table, in the order they are written and restored (parents before the tables that refer to them). */
  tables: string[];
  at: string;
}

/** The last line: a file without it was cut short. */
export interface BackupEnd {
  end: true;
  rows: number;
}

/** The newest committed migration, e.g. `0001_trajectory_overview`. */
export function schemaVersion(): string {
  const journal = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'drizzle', 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  return journal.entries.at(-1)!.tag;
}

/** The line of one row: the row is PostgreSQL's own `row_to_json` text, kept byte for byte (json columns too). */
export const rowLinePrefix = (table: string): string => `{"table":${JSON.stringify(table)},"row":`;

/**
 * Writes a consistent backup of every table as JSON lines: a header, one line per row (table by table, in
 * dependency order), and an end line with the row count. It reads inside one repeatable-read, read-only
 * transaction, so the backup is one moment of the database even while the server writes. Times are in UTC.
 */
export async function writeBackup(connection: Connection, write: (line: string) => void, at: Date): Promise<Record<string, number>> {
  return databaseOf(connection).transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const tables = await tablesInDependencyOrder(tx);
    const header: BackupHeader = { koers: 'backup', format: BACKUP_FORMAT, schema: schemaVersion(), tables, at: at.toISOString() };
    write(JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = rowsOf<{ r: string }>(await tx.execute(sql.raw(`select row_to_json(t)::text as r from ${quoted(table)} t`)));
      for (const { r } of rows) write(`${rowLinePrefix(table)}${r}}`);
      counts[table] = rows.length;
    }
    const end: BackupEnd = { end: true, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
    write(JSON.stringify(end));
    return counts;
  }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
