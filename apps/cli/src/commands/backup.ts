import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { ParsedArgs } from '../args';
import { CliError } from '../load';
import type { Io } from '../main';
import { openStore } from '../open-store';
import { databaseOf } from './verify';

/** The one file argument of `koers backup` / `koers restore`. */
export function fileArg(args: ParsedArgs, command: string): string {
  const [file, ...rest] = args.positional;
  if (!file || rest.length > 0) throw new CliError(`koers ${command}: geef precies één bestand / give exactly one file`, 2);
  return file;
}

/** `12 trajectories, 80 events, …` for the tables that have rows. */
export function countsLine(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([table, n]) => `${table} ${n}`);
  return `${total} rijen / rows (${parts.join(', ')})`;
}

/**
 * `koers backup <file> [--data-dir d | --database-url u]`: a consistent backup of every table (one moment of
 * the database, taken while the server may keep running on PostgreSQL) as versioned JSON lines, which
 * `koers restore` reads into an empty database of either kind. The file appears whole or not at all.
 */
export async function backupCommand(args: ParsedArgs, io: Io): Promise<number> {
  const file = fileArg(args, 'backup');
  const store = await openStore('backup', databaseOf(args));
  const partial = `${file}.deel`;
  const fd = openSync(partial, 'w');
  try {
    const { writeBackup } = await import('@koers/store');
    const counts = await writeBackup(store.connection, (line) => writeSync(fd, `${line}\n`), new Date());
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
    io.out(`Reservekopie in / backup in ${file}: ${countsLine(counts)}`);
    return 0;
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await store.close();
  }
}
