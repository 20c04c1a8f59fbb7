import { existsSync } from 'node:fs';
import type { Store, StoreOptions } from '@koers/store';
import { CliError } from './load';

/** A PostgreSQL URL or a PGlite data directory. */
export type DatabasePlace = { url: string } | { dataDir: string };

/** `postgres://…` or `postgresql://…` is a URL; anything else a PGlite data directory. */
export function placeOf(target: string): DatabasePlace {
  return /^postgres(ql)?:\/\//.test(target) ? { url: target } : { dataDir: target };
}

/**
 * Opens the database a command works on (and brings its schema up to date). A data directory that does not
 * exist is refused unless `create`; a locked or unreachable database is a CliError with exit code 2.
 */
export async function openStore(command: string, where: StoreOptions, options: { create?: boolean } = {}): Promise<Store> {
  const dataDir = where.url ? undefined : where.dataDir;
  if (!options.create && dataDir && !dataDir.startsWith('memory://') && !existsSync(dataDir)) {
    throw new CliError(`koers ${command}: ${dataDir} bestaat niet / does not exist`, 2);
  }
  // Loaded here, not at the top: the commands without a database need no database drivers.
  const { createStore, DataDirLocked } = await import('@koers/store');
  try {
    return await createStore({ ...where, max: 2 });
  } catch (error) {
    if (error instanceof DataDirLocked) throw new CliError(`koers ${command}: ${error.message}`, 2);
    throw new CliError(`koers ${command}: de database opent niet / cannot open the database: ${error instanceof Error ? error.message : String(error)}`, 2);
  }
}
