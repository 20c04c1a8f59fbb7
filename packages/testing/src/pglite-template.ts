import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpMigrated } from '@koers/store';
import { ROOT } from './tree';

const MIGRATIONS = join(ROOT, 'packages', 'store', 'drizzle');

/** The migrations' own content (the SQL files and the journal): a changed migration makes a new template. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(MIGRATIONS);
  return hash.digest('hex').slice(0, 16);
}

let template: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite data directory to start every in-memory test database from (`loadDataDir`): initdb and the
 * migrations run once per change of the migrations on this machine, not once per suite (~3 s of CPU each). Kept in
 * the temporary folder under the migrations' hash; written to a temporary name and renamed, so a process never reads
 * half a file another one is writing.
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `koers-pglite-${migrationsHash()}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const dump = await dumpMigrated();
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  })();
  return template;
}
