import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JsonObject } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, json: JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as JsonObject }));

/** A shipped type as the admin edits it: its workflow (by file name without `.json`) with the forms it names. */
export function shippedBundle(workflow: string): Bundle {
  const found = shippedBundles().find((b) => b.file === `${workflow}.json`);
  if (!found) throw new Error(`no shipped workflow ${workflow}`);
  return found.bundle;
}

/** The PD type (the largest shipped one). */
export const pdBundle = () => shippedBundle('pd-schoolontwikkeling');

/** Every shipped workflow as an admin bundle (with the forms it names), read fresh from workflows/ and forms/. */
export function shippedBundles(): { file: string; bundle: Bundle }[] {
  const forms = read('forms').map((f) => f.json);
  return read('workflows').map(({ file, json }) => {
    const text = JSON.stringify(json);
    return { file, bundle: { definition: json, forms: forms.filter((f) => text.includes(`"${String(f.id)}"`)) } };
  });
}
