import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JsonObject } from '@koers/engine';
import type { Bundle } from '../../src/admin/model/bundle';

const ROOT = resolve(import.meta.dirname, '../../../..');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonObject;

/** A shipped type as the admin edits it: its workflow file and the forms whose id starts with `prefix`, fresh copies. */
export function shippedBundle(workflow: string, prefix: string): Bundle {
  const forms = readdirSync(join(ROOT, 'forms')).filter((f) => f.startsWith(prefix)).sort().map((f) => read(join(ROOT, 'forms', f)));
  return { definition: read(join(ROOT, 'workflows', workflow)), forms };
}

/** The PD type (the largest shipped one). */
export const pdBundle = () => shippedBundle('pd-schoolontwikkeling.json', 'pd-');
