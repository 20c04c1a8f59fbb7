import type { JsonObject, Localized } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { isObject } from './form-fields';

/** One place in the definition that uses a form: a step shows it, shows it for reference, or an event carries it. */
export interface FormUse {
  path: StatePath;
  /** The step's title (falls back to its key). */
  step: Localized;
  /** `group`: a shared group meeting's form (`groups.meetings.<kind>.form`); `step` is then the meeting's title. */
  how: 'shows' | 'reference' | 'event' | 'group';
  event?: string;
}

function eachState(state: JsonObject, path: StatePath, visit: (state: JsonObject, path: StatePath) => void): void {
  visit(state, path);
  const states = state.states;
  if (!isObject(states)) return;
  for (const [key, child] of Object.entries(states)) if (isObject(child)) eachState(child, [...path, key], visit);
}

/** Every use of form `id` in the definition, in the order of its steps. */
export function formUses(bundle: Bundle, id: string): FormUse[] {
  const machine = bundle.definition.machine;
  if (!isObject(machine)) return [];
  const uses: FormUse[] = [];
  const groups = bundle.definition.groups;
  const meetings = isObject(groups) && isObject(groups.meetings) ? groups.meetings : {};
  for (const [kind, spec] of Object.entries(meetings)) {
    if (!isObject(spec) || spec.form !== id) continue;
    const title = isObject(spec.title) && typeof spec.title.nl === 'string' && typeof spec.title.en === 'string' ? { nl: spec.title.nl, en: spec.title.en } : { nl: kind, en: kind };
    uses.push({ path: [], step: title, how: 'group' });
  }
  eachState(machine, [], (state, path) => {
    const meta = isObject(state.meta) ? state.meta : {};
    const title = isObject(meta.title) && typeof meta.title.nl === 'string' && typeof meta.title.en === 'string'
      ? { nl: meta.title.nl, en: meta.title.en } : { nl: path.at(-1) ?? '', en: path.at(-1) ?? '' };
    if (Array.isArray(meta.forms) && meta.forms.includes(id)) uses.push({ path, step: title, how: 'shows' });
    if (Array.isArray(meta.reference) && meta.reference.includes(id)) uses.push({ path, step: title, how: 'reference' });
    if (isObject(meta.events)) {
      for (const [event, spec] of Object.entries(meta.events)) {
        if (isObject(spec) && spec.form === id) uses.push({ path, step: title, how: 'event', event });
      }
    }
  });
  return uses;
}

/** The roles that may send an event carrying form `id`: who must be able to read it (formAccess). */
export function formSenders(bundle: Bundle, id: string): string[] {
  const machine = bundle.definition.machine;
  if (!isObject(machine)) return [];
  const roles = new Set<string>();
  eachState(machine, [], (state) => {
    const events = isObject(state.meta) && isObject(state.meta.events) ? state.meta.events : {};
    for (const spec of Object.values(events)) {
      if (isObject(spec) && spec.form === id && Array.isArray(spec.roles)) spec.roles.forEach((r) => typeof r === 'string' && roles.add(r));
    }
  });
  return [...roles];
}
