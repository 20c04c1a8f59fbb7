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
  const { definition, problems } = checkBundle(bundle.definition, bundle.forms);
  return { problems, compiled: definition };
}
