import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CompiledDefinition, type LoadedBundle, type SourceFile, TransitionRejected, loadBundle } from '../src';

const root = join(import.meta.dirname, '..', '..', '..');

/** Reads every .json file under the given folders (relative to the repo root). */
export function readTree(...dirs: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) out.push({ file: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out;
}

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

/** The refusal `fn` throws; fails the test when it goes through or throws something else. */
export function rejection(fn: () => unknown): TransitionRejected {
  try {
    fn();
  } catch (error) {
    if (error instanceof TransitionRejected) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}
