import type { CompiledDefinition } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { lintBundle } from '../src/admin/model/lint';
import { shippedBundles } from './shipped-bundles';

/** A shipped type as the admin edits it: its workflow (by file name) with the forms it names. */
export function shippedBundle(workflow: string): Bundle {
  const found = shippedBundles().find((b) => b.file === `${workflow}.json`);
  if (!found) throw new Error(`no shipped workflow ${workflow}`);
  return found.bundle;
}

/** A bundle compiled the way the Proberen tab compiles it; fails the test when it has lint problems. */
export function compiledOf(bundle: Bundle): CompiledDefinition {
  const { problems, compiled } = lintBundle(bundle);
  if (!compiled) throw new Error(`lint problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return compiled;
}
