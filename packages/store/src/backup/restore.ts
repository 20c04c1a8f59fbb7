import { sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { type Executor, databaseOf, rowsOf } from '../repos/database';
import { BackupRefused } from './errors';
import { BACKUP_FORMAT, type BackupHeader, rowLinePrefix, schemaVersion } from './write';
import { quoted, tablesInDependencyOrder } from './tables';

const BATCH = 500;

const invalid = (nl: string, en: string) => new BackupRefused('backup-invalid', nl, en);

function parseLine(line: string, number: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw invalid(`regel ${number} is geen JSON-object`, `line ${number} is not a JSON object`);
}

function checkHeader(line: string | undefined): BackupHeader {
  const header = line === undefined ? undefined : parseLine(line, 1);
  if (header?.koers !== 'backup') throw invalid('dit is geen Koers-reservekopie', 'this is not a Koers backup');
  if (header.format !== BACKUP_FORMAT) throw invalid(`onbekend formaat ${String(header.format)} (verwacht ${BACKUP_FORMAT})`, `unknown format ${String(header.format)} (expected ${BACKUP_FORMAT})`);
  if (header.schema !== schemaVersion()) {
    throw invalid(`gemaakt met databaseschema ${String(header.schema)}, deze Koers heeft ${schemaVersion()}: zet hem terug met dezelfde versie van Koers`,
      `made with database schema ${String(header.schema)}, this Koers has ${schemaVersion()}: restore it with the same version of Koers`);
  }
  return header as unknown as BackupHeader;
}

async function refuseUnlessEmpty(tx: Executor, tables: string[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const [row] = rowsOf<{ any: boolean }>(await tx.execute(sql.raw(`select exists (select 1 from ${quoted(table)}) as any`)));
    if (row?.any) filled.push(table);
  }
  if (filled.length > 0) {
    throw new BackupRefused('database-not-empty',
      `de database is niet leeg (gegevens in ${filled.join(', ')}); zet een reservekopie alleen terug in een nieuwe, lege database`,
      `the database is not empty (rows in ${filled.join(', ')}); restore a backup only into a new, empty database`);
  }
}

/** Sets each serial column's sequence past the restored rows, so new rows get fresh ids. */
async function advanceSequences(tx: Executor): Promise<void> {
  const serials = rowsOf<{ table_name: string; column_name: string }>(await tx.execute(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and column_default like 'nextval(%'`));
  for (const { table_name: table, column_name: column } of serials) {
    await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('${quoted(table)}', '${column}'), coalesce(max(${quoted(column)}), 0) + 1, false) from ${quoted(table)}`));
  }
}

/**
 * Restores a backup written by `writeBackup` into an empty database with the same schema (PGlite or
 * PostgreSQL, whichever wrote it), all in one transaction: a refused or cut-short backup changes nothing.
 * Throws BackupRefused for a file that is not a complete backup of this schema, or a database with any row.
 */
export async function restoreBackup(connection: Connection, lines: AsyncIterable<string>): Promise<Record<string, number>> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = checkHeader(first.done ? undefined : first.value);
  return databaseOf(connection).transaction(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    const unknown = header.tables.filter((t) => !tables.includes(t));
    if (unknown.length > 0) throw invalid(`onbekende tabellen: ${unknown.join(', ')}`, `unknown tables: ${unknown.join(', ')}`);
    await refuseUnlessEmpty(tx, tables);
    const counts: Record<string, number> = Object.fromEntries(header.tables.map((t) => [t, 0]));
    let batch: { table: string; rows: string[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const table = quoted(batch.table);
      await tx.execute(sql`insert into ${sql.raw(table)} select * from json_populate_recordset(null::${sql.raw(table)}, ${`[${batch.rows.join(',')}]`}::text::json)`);
      batch.rows = [];
    };
    let number = 1;
    let ended = false;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      number++;
      const line = next.value;
      if (line.trim() === '') continue;
      if (ended) throw invalid(`regel ${number} staat na de eindregel`, `line ${number} comes after the end line`);
      const parsed = parseLine(line, number);
      if (parsed.end === true) {
        await flush();
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        if (parsed.rows !== total) throw invalid(`de eindregel noemt ${String(parsed.rows)} rijen, gelezen: ${total}`, `the end line says ${String(parsed.rows)} rows, read: ${total}`);
        ended = true;
        continue;
      }
      const table = parsed.table;
      if (typeof table !== 'string' || !header.tables.includes(table) || typeof parsed.row !== 'object' || parsed.row === null) {
        throw invalid(`regel ${number}: verwacht {"table", "row"} met een tabel uit de kop`, `line ${number}: expected {"table", "row"} with a table from the header`);
      }
      if (batch?.table !== table) {
        await flush();
        batch = { table, rows: [] };
      }
      const prefix = rowLinePrefix(table);
      batch.rows.push(line.startsWith(prefix) ? line.slice(prefix.length, line.lastIndexOf('}')) : JSON.stringify(parsed.row));
      counts[table]!++;
      if (batch.rows.length >= BATCH) await flush();
    }
    if (!ended) throw invalid('het bestand houdt op voor de eindregel: de reservekopie is niet compleet', 'the file ends before its end line: the backup is incomplete');
    await advanceSequences(tx);
    return counts;
  });
}
