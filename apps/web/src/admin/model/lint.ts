import { checkBundle, type CompiledDefinition, type Problem } from '@koers/engine';
import type { Bundle } from './bundle';

/** What the engine says of a bundle: its problems, and the compiled type when there are none. */
export interface BundleCheck {
  problems: Problem[];
  compiled: CompiledDefinition | undefined;
}

/**
 * Lints a bundle as the server will when it is published (the same engine code): the editors show the
 * problems where they point, the diagram and the simulator use the compiled type.
 */
export function lintBundle(bundle: Bundle): BundleCheck {
  const known = checked.get(bundle);
  if (known) return known;
  const { definition, problems } = checkBundle(bundle.definition, bundle.forms);
  const check = { problems, compiled: definition };
  checked.set(bundle, check);
  return check;
}

// Bundles are replaced, never changed, so one check per bundle serves the page, the diagram and the simulator.
const checked = new WeakMap<Bundle, BundleCheck>();
