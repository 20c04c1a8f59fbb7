import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompiledDefinition, JsonObject } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { lintBundle } from '../src/admin/model/lint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as JsonObject;

/** A shipped type as the admin edits it: its workflow and the forms whose id starts with its prefix. */
export function shippedBundle(workflow: string, formPrefix: string): Bundle {
  const forms = readdirSync(`${root}forms`).filter((f) => f.startsWith(formPrefix)).sort().map((f) => read(`forms/${f}`));
  return { definition: read(`workflows/${workflow}.json`), forms };
}

/** A bundle compiled the way the Proberen tab compiles it; fails the test when it has lint problems. */
export function compiledOf(bundle: Bundle): CompiledDefinition {
  const { problems, compiled } = lintBundle(bundle);
  if (!compiled) throw new Error(`lint problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return compiled;
}
