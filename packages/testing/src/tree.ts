import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CompiledDefinition, type LoadedBundle, type SourceFile, loadBundle } from '@koers/engine';

/** The repository's root folder: fixtures, workflows/ and forms/ are found from here. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Reads every .json file under the given folders (relative to the repo root), paths relative to the root. */
export function readTree(...dirs: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) out.push({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of dirs) walk(join(ROOT, dir));
  return out;
}

/** The workflows and forms under `dir` (by default the small valid fixture), loaded together. */
export function loadFixture(dir = 'test/fixtures/valid'): LoadedBundle {
  return loadBundle(readTree(dir));
}

export function fixtureDefinition(id: string, dir = 'test/fixtures/valid'): CompiledDefinition {
  const bundle = loadFixture(dir);
  if (bundle.problems.length > 0) throw new Error(JSON.stringify(bundle.problems, null, 2));
  const def = bundle.definitions.find((d) => d.definition.id === id);
  if (!def) throw new Error(`no definition ${id}`);
  return def;
}

/** A definition with one part changed, loaded together with the fixture's forms. */
export function variant(change: (definition: Record<string, any>) => void, dir = 'test/fixtures/valid'): LoadedBundle {
  const files = readTree(dir).map((f) => {
    if (!f.file.includes('/workflows/')) return f;
    const json = JSON.parse(f.text);
    change(json);
    return { ...f, text: JSON.stringify(json) };
  });
  return loadBundle(files);
}
