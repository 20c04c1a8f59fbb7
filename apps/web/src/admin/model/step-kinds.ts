import type { JsonObject } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { setInState, stateAt } from './edit';
import { childrenOf, freeKey, kindOf } from './states';

/*
 * Turning a step into a final step, a parallel step (its substeps are the tracks) or back, and adding a
 * history step (pause and resume). Each sets only the keys the kind needs.
 */

/** Makes the step a final step (`type: "final"`), or a plain step again. */
export function setFinal(bundle: Bundle, path: StatePath, final: boolean): Bundle {
  return setInState(bundle, path, ['type'], final ? 'final' : undefined);
}

/**
 * Makes a group step parallel (its substeps run side by side as tracks; `initial` goes), or a group step
 * again that begins with its first substep.
 */
export function setParallel(bundle: Bundle, path: StatePath, parallel: boolean): Bundle {
  if (parallel) return setInState(setInState(bundle, path, ['type'], 'parallel'), path, ['initial'], undefined);
  const first = childrenOf(bundle, path).find(([, s]) => kindOf(s) !== 'history')?.[0];
  const plain = setInState(bundle, path, ['type'], undefined);
  return first === undefined ? plain : setInState(plain, path, ['initial'], first);
}

/** An id no state uses yet, from `base`: `base`, `base2`… */
function freeId(bundle: Bundle, base: string): string {
  const used = new Set<string>();
  const walk = (path: StatePath) => {
    const id = stateAt(bundle, path)?.id;
    if (typeof id === 'string') used.add(id);
    for (const [key] of childrenOf(bundle, path)) walk([...path, key]);
  };
  walk([]);
  for (let n = 1; ; n++) if (!used.has(n === 1 ? base : `${base}${n}`)) return n === 1 ? base : `${base}${n}`;
}

/**
 * Adds a history step to a group step: going to it (`#id`, from outside) resumes where the group was; its
 * default is the group's first step. Returns the bundle and the new step's path.
 */
export function addHistoryStep(bundle: Bundle, group: StatePath, depth: 'shallow' | 'deep' = 'shallow'): { bundle: Bundle; path: StatePath } {
  const key = freeKey(bundle, group, 'verder');
  const initial = stateAt(bundle, group)?.initial;
  const target = typeof initial === 'string' ? initial : childrenOf(bundle, group)[0]?.[0];
  const state: JsonObject = {
    id: freeId(bundle, `${group.at(-1) ?? 'stap'}Verder`), type: 'history', history: depth,
    ...(target === undefined ? {} : { target }),
    meta: { title: { nl: 'Verder waar we waren', en: 'Resume where we were' } },
  };
  return { bundle: setInState(bundle, group, ['states', key], state), path: [...group, key] };
}
