import type { JsonObject, JsonValue, Localized } from '../format/types';
import { changedParts, isObject, keyed, objectAt, sameJson, sentence, titleOf, type BundleChange } from './diff-util';

/** Every state of a machine by its dotted path (`uitvoering.begeleiding`), with its raw JSON. */
function flatten(states: JsonValue | undefined, prefix = '', out = new Map<string, JsonObject>()): Map<string, JsonObject> {
  for (const [key, state] of Object.entries(objectAt(states))) {
    if (!isObject(state)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    out.set(path, state);
    flatten(state.states, path, out);
  }
  return out;
}

const stepTitle = (state: JsonObject | undefined, path: string): Localized => titleOf(objectAt(objectAt(state?.meta).title), path.split('.').at(-1) ?? path);

/** Steps added, removed or changed (their own settings), then per step its events and automatic choices. */
export function stepChanges(a: JsonObject, b: JsonObject): BundleChange[] {
  const before = flatten(objectAt(a.machine).states);
  const after = flatten(objectAt(b.machine).states);
  const changes: BundleChange[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const next = after.get(path);
    const name = stepTitle(next ?? old, path);
    if (!old || !next) {
      const change = old ? 'removed' : 'added';
      changes.push({ change, subject: 'step', step: path, parts: [], description: sentence('step', name, change, []) });
      continue;
    }
    const parts = changedParts(old, next, [
      ['title', ['meta', 'title']], ['instructions', ['meta', 'instructions']], ['forms', ['meta', 'forms']],
      ['reference', ['meta', 'reference']], ['roles', ['meta', 'roles']], ['expectedDuration', ['meta', 'expectedDuration']],
      ['deadline', ['meta', 'deadline']], ['timers', ['meta', 'timers']], ['reminders', ['meta', 'reminders']],
      ['kind', ['type'], ['history']], ['initial', ['initial']], ['entryExit', ['entry'], ['exit']], ['onDone', ['onDone']],
    ], ['states', 'on', 'always', 'meta/events']);
    if (parts.length > 0) changes.push({ change: 'changed', subject: 'step', step: path, parts, description: sentence('step', name, 'changed', parts) });
    changes.push(...eventChanges(path, name, old, next));
  }
  return changes;
}

/** An event is its transition(s) in `on` with its description in `meta.events`; automatic choices are `always`. */
function eventChanges(path: string, stepName: Localized, a: JsonObject, b: JsonObject): BundleChange[] {
  const changes: BundleChange[] = [];
  const described = (state: JsonObject) => objectAt(objectAt(state.meta).events);
  const events = (state: JsonObject): JsonObject => {
    const all: JsonObject = {};
    for (const name of new Set([...Object.keys(objectAt(state.on)), ...Object.keys(described(state))])) {
      all[name] = { on: objectAt(state.on)[name] ?? null, meta: described(state)[name] ?? null };
    }
    return all;
  };
  keyed(events(a), events(b), (event, before, after, change) => {
    const meta = objectAt(objectAt(after ?? before).meta);
    const name = titleOf(objectAt(meta.label), event);
    const parts = change === 'changed' ? changedParts(objectAt(before), objectAt(after), [
      ['label', ['meta', 'label']], ['mayBeSentBy', ['meta', 'roles']], ['carriedForm', ['meta', 'form']],
      ['requiredFields', ['meta', 'requiredFields']], ['transition', ['on']],
    ]) : [];
    changes.push({ change, subject: 'event', step: path, event, parts, description: sentence('event', name, change, parts, ['inStep', stepName]) });
  });
  if (!sameJson(a.always, b.always)) {
    const change = a.always === undefined ? 'added' : b.always === undefined ? 'removed' : 'changed';
    changes.push({ change, subject: 'event', step: path, event: '', parts: [], description: sentence('automatic', { nl: '', en: '' }, change, [], ['inStep', stepName]) });
  }
  return changes;
}
