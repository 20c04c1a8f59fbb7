// The demo made ahead: `koers prepare` (npm install) seeds the demo into a PGlite database and keeps it as a file, so
// the first `npm start` on a new data folder starts from it instead of seeding for seconds. The demo is dated from
// the moment it was made, so it is used only while it is recent; and only while the sources it was made with are
// the ones there now.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createStore, migrationsHash, pgliteTemplate, writeWhole } from '@koers/store';
import type { Catalogue } from '@koers/server';
import { missingDemoTypes, seedDemo } from './seed';

/** How long a demo made ahead is used: after that a new data folder is seeded anew, so its dates are today's. */
export const DEMO_TEMPLATE_HOURS = 12;

/** What the demo is made from: the migrations, the shipped types and forms, and our sources (by size and time). */
export function demoSourcesKey(root: string): string {
  const hash = createHash('sha256').update(migrationsHash());
  const walk = (dir: string, contents: boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'test' && entry.name !== 'dist') walk(path, contents);
      } else if (contents) {
        hash.update(relative(root, path)).update(readFileSync(path));
      } else {
        const stat = statSync(path);
        hash.update(`${relative(root, path)}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(join(root, 'workflows'), true);
  walk(join(root, 'forms'), true);
  for (const pkg of readdirSync(join(root, 'packages')).sort()) walk(join(root, 'packages', pkg, 'src'), false);
  walk(join(root, 'apps', 'cli', 'src'), false);
  return hash.digest('hex').slice(0, 16);
}

const files = (cacheDir: string) => ({ dump: join(cacheDir, 'koers-demo.tar'), about: join(cacheDir, 'koers-demo.json') });

interface About {
  key: string;
  seededAt: string;
}

/**
 * The demo made ahead in `cacheDir`, when it was made from these sources less than `DEMO_TEMPLATE_HOURS` before
 * `now`; else undefined (then the demo is seeded as the server starts).
 */
export function cachedDemoTemplate(root: string, cacheDir: string, now: Date): { dump: Blob; seededAt: string } | undefined {
  const { dump, about } = files(cacheDir);
  if (!existsSync(dump) || !existsSync(about)) return undefined;
  try {
    const made = JSON.parse(readFileSync(about, 'utf8')) as About;
    const age = now.getTime() - Date.parse(made.seededAt);
    if (!(age >= 0 && age < DEMO_TEMPLATE_HOURS * 3_600_000) || made.key !== demoSourcesKey(root)) return undefined;
    return { dump: new Blob([readFileSync(dump)]), seededAt: made.seededAt };
  } catch {
    return undefined;
  }
}

/**
 * Seeds the demo into a new in-memory database (from the migrated template) and keeps it in `cacheDir` with the
 * moment it was made and the key of its sources, each file written whole. Undefined (nothing made)
 * when a type the demo uses is missing.
 */
export async function makeDemoTemplate(root: string, cacheDir: string, catalogue: Catalogue, now = new Date()): Promise<string | undefined> {
  // Without the shipped types the demo is not made at all (the server says so as it starts).
  if (missingDemoTypes(catalogue).length > 0) return undefined;
  const store = await createStore({ dataDir: 'memory://', loadDataDir: await pgliteTemplate(cacheDir) });
  try {
    await seedDemo(store, catalogue, { now });
    const { dump: file, about } = files(cacheDir);
    // The old note goes first: a new dump beside an old note is never taken for the old demo.
    rmSync(about, { force: true });
    await writeWhole(file, await store.connection.dumpDataDir!());
    await writeWhole(about, JSON.stringify({ key: demoSourcesKey(root), seededAt: now.toISOString() } satisfies About));
    return file;
  } finally {
    await store.close();
  }
}
