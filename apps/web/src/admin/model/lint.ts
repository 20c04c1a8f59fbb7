import type { CompiledDefinition, Problem } from '@koers/engine';
import { checkBundle, createFormCache, sketchBundle } from '@koers/engine/lint';
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
  const { definition, problems } = checkBundle(bundle.definition, bundle.forms, { formCache });
  const check = { problems, compiled: definition };
  checked.set(bundle, check);
  return check;
}

// Bundles are replaced, never changed, so one check per bundle serves the page, the diagram and the simulator.
const checked = new WeakMap<Bundle, BundleCheck>();
// A keystroke changes one file; the forms that did not change are not compiled and linted again (most of the work).
const formCache = createFormCache();

/** What the live diagram draws: the compiled type, or while it has problems a sketch that may be incomplete. */
export interface Drawable {
  compiled: CompiledDefinition;
  /** False for a sketch: the draft has problems, the picture is its flow as far as it can be read now. */
  complete: boolean;
}

/**
 * The bundle as far as it can be drawn: the compiled type, or while it has problems the engine's sketch of it
 * (`sketchBundle`), so the admin keeps seeing the flow while working on it. Undefined when even that fails.
 */
export function drawableOf(bundle: Bundle): Drawable | undefined {
  const { compiled } = lintBundle(bundle);
  if (compiled) return { compiled, complete: true };
  if (sketched.has(bundle)) return sketched.get(bundle);
  // The forms are in the cache already (lintBundle just read them): the sketch only collects the compiled ones.
  const compiledSketch = sketchBundle(bundle.definition, bundle.forms, { formCache });
  const sketch = compiledSketch && { compiled: compiledSketch, complete: false };
  sketched.set(bundle, sketch);
  return sketch;
}

const sketched = new WeakMap<Bundle, Drawable | undefined>();
