import type { JsonObject } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { getIn, setIn, stateKeys } from './edit';
import { collectRefs, indexOf, resolveRef, writeTarget } from './state-refs';

/*
 * Moving steps around without breaking what points at them: an edit of the tree of states comes with a map
 * from old state paths to new ones, and every place that named a state (targets, initial steps, history
 * defaults, the group's join step) is rewritten where its text would no longer name the same state. Everything else stays as it was.
 */

/** Old path to new path; undefined when the state is gone. */
export type PathMap = (old: StatePath) => StatePath | undefined;

const same = (a: StatePath | undefined, b: StatePath | undefined) => a !== undefined && b !== undefined && a.length === b.length && a.every((k, i) => b[i] === k);

/** Places outside the machine that name a step by its whole path (`"voorbereiding.indeling"`): the group's join step. */
const PATH_REFS: (string | number)[][] = [['groups', 'join', 'step']];

/** The keys of a reference's place after its own state moved from `from` to `to`. */
function moveKeys(at: (string | number)[], from: StatePath, to: StatePath): (string | number)[] {
  return [...stateKeys(to), ...at.slice(stateKeys(from).length)];
}

/**
 * Applies a structural edit of the definition and repairs every reference to a state that moved: a target is
 * rewritten (in its own style where possible) when its text would name another state or none; an `initial`
 * that now lies deeper names the child on the way; one whose step left names the first child left, or goes
 * when no child is left. The groups' join step follows its step too. References to removed states stay as written
 * (the linter shows them).
 */
export function restructure(bundle: Bundle, edit: (definition: JsonObject) => JsonObject, map: PathMap): Bundle {
  const before = bundle.definition;
  const oldIndex = indexOf(before);
  const refs = oldIndex ? collectRefs(before).map((ref) => ({ ...ref, target: resolveRef(oldIndex, ref) })) : [];
  let after = edit(before);
  for (const keys of PATH_REFS) {
    const text = getIn(before, keys);
    const moved = typeof text === 'string' && text !== '' ? map(text.split('.')) : undefined;
    if (moved && moved.join('.') !== text) after = setIn(after, keys, moved.join('.'));
  }
  const newIndex = indexOf(after);
  if (!newIndex) return { ...bundle, definition: after };
  for (const ref of refs) {
    const from = map(ref.from);
    const target = ref.target && map(ref.target);
    if (!from) continue;
    const at = moveKeys(ref.at, ref.from, from);
    // A reference that named nothing before the edit is left for the linter to show.
    if (!ref.target) continue;
    if (ref.kind === 'initial') {
      const children = Object.keys((getIn(after, [...stateKeys(from), 'states']) ?? {}) as JsonObject);
      const inside = target && target.length > from.length && from.every((k, i) => target[i] === k) ? target[from.length] : undefined;
      const next = inside ?? children[0];
      if (next !== ref.text) after = setIn(after, at, next);
      continue;
    }
    if (!target) continue;
    const still = same(resolveRef(newIndex, { from, kind: ref.kind, text: ref.text }), target);
    // A `#machineId.path` written only to reach a far step is shortened when a move brings the two closer.
    const far = ref.text.startsWith(`#${newIndex.machineId}.`) && !(same(from, ref.from) && same(target, ref.target));
    if (still && !far) continue;
    const text = writeTarget(after, newIndex, from, target, ref.text);
    if (text !== ref.text) after = setIn(after, at, text);
  }
  return { ...bundle, definition: joinStepMoved(before, after, map) };
}

/** The type's `groups.join.step` (a path from the root) follows its step; a removed step stays for the linter. */
function joinStepMoved(before: JsonObject, after: JsonObject, map: PathMap): JsonObject {
  const step = getIn(before, ['groups', 'join', 'step']);
  if (typeof step !== 'string' || step === '') return after;
  const moved = map(step.split('.'));
  return moved && moved.join('.') !== step ? setIn(after, ['groups', 'join', 'step'], moved.join('.')) : after;
}

/** A path map that moves everything at or under `from` to `to` (and removes it when `to` is undefined). */
export function movePrefix(from: StatePath, to: StatePath | undefined): PathMap {
  return (old) => {
    if (old.length < from.length || !from.every((k, i) => old[i] === k)) return old;
    return to && [...to, ...old.slice(from.length)];
  };
}
