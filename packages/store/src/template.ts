// A migrated, empty PGlite data directory as a file, to start new databases from (`loadDataDir`): PostgreSQL's initdb
// and the migrations then run once per change of the migrations, not for every new database.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpMigrated, migrationsFolder } from './create';

/** The migrations' own content (the SQL files and the journal): a changed migration makes a new template. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes `data` to `file` under a temporary name and renames it into place, so no process ever reads half a file
 * another one is writing (a template, the demo made ahead).
 */
export async function writeWhole(file: string, data: Blob | string): Promise<void> {
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, typeof data === 'string' ? data : Buffer.from(await data.arrayBuffer()));
  renameSync(partial, file);
}

/** Where the template for the current migrations is (or would be) kept in `cacheDir`. */
export const pgliteTemplateFile = (cacheDir: string) => join(cacheDir, `koers-pglite-${migrationsHash()}.tar`);

/** The template in `cacheDir` for the current migrations, when one was made there; else undefined. */
export function cachedPgliteTemplate(cacheDir: string): Blob | undefined {
  const file = pgliteTemplateFile(cacheDir);
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/**
 * The template for the current migrations from `cacheDir`, made there first when missing (~3 s) and written whole
 * (`writeWhole`); the templates of earlier migrations are removed then.
 */
export async function pgliteTemplate(cacheDir: string): Promise<Blob> {
  const cached = cachedPgliteTemplate(cacheDir);
  if (cached) return cached;
  const dump = await dumpMigrated();
  mkdirSync(cacheDir, { recursive: true });
  const file = pgliteTemplateFile(cacheDir);
  await writeWhole(file, dump);
  // Templates of earlier migrations (~40 MB each) are never read again.
  for (const old of readdirSync(cacheDir)) {
    if (/^koers-pglite-[0-9a-f]+\.tar$/.test(old) && join(cacheDir, old) !== file) rmSync(join(cacheDir, old), { force: true });
  }
  return dump;
}
