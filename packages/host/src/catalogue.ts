import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type SourceFile, loadBundleOrThrow } from '@koers/engine';
import type { Catalogue } from '@koers/server';

/** Loads the shipped trajectory types from `workflows/` and `forms/` under `root`; refuses to start on any problem. */
export function loadCatalogue(root: string): Catalogue {
  const files: SourceFile[] = [];
  for (const dir of ['forms', 'workflows']) {
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(root, dir, name);
      files.push({ file: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  }
  const bundle = loadBundleOrThrow(files);
  return { definitions: bundle.definitions, forms: bundle.forms };
}
