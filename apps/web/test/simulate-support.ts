import type { CompiledDefinition } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { lintBundle } from '../src/admin/model/lint';

export { shippedBundle } from './shipped-bundles';

/** A bundle compiled the way the Proberen tab compiles it; fails the test when it has lint problems. */
export function compiledOf(bundle: Bundle): CompiledDefinition {
  const { problems, compiled } = lintBundle(bundle);
  if (!compiled) throw new Error(`lint problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return compiled;
}
