import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JsonObject } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';

const repo = resolve(import.meta.dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
const allForms = readdirSync(join(repo, 'forms')).filter((f) => f.endsWith('.json')).map((f) => read(join(repo, 'forms', f)));

/** Every shipped trajectory type as the admin edits it: its workflow with the forms it names. */
export const shippedBundles: Array<{ file: string; bundle: Bundle }> = readdirSync(join(repo, 'workflows'))
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const text = readFileSync(join(repo, 'workflows', file), 'utf8');
    const used = new Set([...text.matchAll(/"(pd|pdca|vl)-[a-z-]+"/g)].map((m) => m[0].slice(1, -1)));
    return { file, bundle: { definition: read(join(repo, 'workflows', file)), forms: allForms.filter((f) => used.has(String(f.id))) } };
  });

/** Every state path of a definition, depth first. */
export function statePaths(definition: JsonObject): string[][] {
  const out: string[][] = [];
  const walk = (config: unknown, prefix: string[]) => {
    const states = (config as { states?: Record<string, unknown> })?.states ?? {};
    for (const [key, child] of Object.entries(states)) {
      out.push([...prefix, key]);
      walk(child, [...prefix, key]);
    }
  };
  walk(definition.machine, []);
  return out;
}
