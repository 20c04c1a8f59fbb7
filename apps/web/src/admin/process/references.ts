import { textIn, type Lang } from '@koers/engine';
import type { Bundle, StatePath } from '../model/bundle';
import { getIn, stateAt } from '../model/edit';
import { collectRefs, indexOf, resolveRef } from '../model/state-refs';

const within = (path: StatePath, ancestor: StatePath) => ancestor.length <= path.length && ancestor.every((k, i) => path[i] === k);

/**
 * The places outside a step that name it or a step inside it (targets, history defaults), as readable lines:
 * "Intakegesprek → INTAKE_AFRONDEN". Its own group's `initial` is left out: deleting repairs that.
 */
export function referencesTo(bundle: Bundle, path: StatePath, lang: Lang): string[] {
  const index = indexOf(bundle.definition);
  if (!index) return [];
  // One line per place: an event with several branches into the step is named once.
  return [...new Set(collectRefs(bundle.definition).flatMap((ref) => {
    if (ref.kind === 'initial' || within(ref.from, path)) return [];
    const target = resolveRef(index, ref);
    if (!target || !within(target, path)) return [];
    const title = textIn(getIn(stateAt(bundle, ref.from), ['meta', 'title']) as never, lang) || ref.from.join('.') || bundle.definition.id;
    const where = ref.at.slice(ref.at.lastIndexOf('states') + 2).filter((k) => typeof k === 'string' && k !== 'target' && k !== 'on');
    return [`${String(title)} → ${where.join(' ') || 'target'}`];
  }))];
}
