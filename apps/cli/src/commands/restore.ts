import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ParsedArgs } from '../args';
import { CliError } from '../load';
import type { Io } from '../main';
import { openStore } from '../open-store';
import { countsLine, fileArg } from './backup';
import { databaseOf } from './verify';

/**
 * `koers restore <file> [--data-dir d | --database-url u]`: reads a `koers backup` into a new, empty database
 * (PGlite or PostgreSQL, whichever made the backup), in one transaction. Refuses a database that holds any
 * row and a file that is not a complete backup of this schema (exit 1, nothing changed).
 */
export async function restoreCommand(args: ParsedArgs, io: Io): Promise<number> {
  const file = fileArg(args, 'restore');
  if (!existsSync(file)) throw new CliError(`koers restore: ${file} bestaat niet / does not exist`, 2);
  const store = await openStore('restore', databaseOf(args), { create: true });
  try {
    const { restoreBackup, BackupRefused } = await import('@koers/store');
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    try {
      const counts = await restoreBackup(store.connection, lines);
      io.out(`Teruggezet uit / restored from ${file}: ${countsLine(counts)}`);
      return 0;
    } catch (error) {
      if (error instanceof BackupRefused) {
        io.err(`koers restore: ${file}: ${error.nl}`);
        io.err(`koers restore: ${file}: ${error.en}`);
        return 1;
      }
      throw error;
    } finally {
      lines.close();
    }
  } finally {
    await store.close();
  }
}
