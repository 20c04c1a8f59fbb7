import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CompiledDefinition, loadBundle } from '@koers/engine';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Loads one workflow of a fixture folder (`test/fixtures/<name>`) with its forms, failing loudly on problems.
 * `change` edits the workflow JSON first, for variants a test needs.
 */
export function fixture(name: 'valid' | 'parallel' | 'form-access' | 'groups', id: string, change?: (workflow: any) => void): CompiledDefinition {
  const dir = join(root, 'test', 'fixtures', name);
  const files = ['workflows', 'forms'].flatMap((sub) =>
    readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).map((f) => {
      const path = join(dir, sub, f);
      const text = readFileSync(path, 'utf8');
      if (!change || sub !== 'workflows') return { file: relative(root, path), text };
      const json = JSON.parse(text);
      change(json);
      return { file: relative(root, path), text: JSON.stringify(json) };
    }));
  const bundle = loadBundle(files);
  if (bundle.problems.length > 0) throw new Error(JSON.stringify(bundle.problems, null, 2));
  const def = bundle.definitions.find((d) => d.definition.id === id);
  if (!def) throw new Error(`no workflow ${id} in ${name}`);
  return def;
}
