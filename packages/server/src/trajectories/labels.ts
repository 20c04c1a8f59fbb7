import { type CompiledDefinition, type Localized, ancestry, dateTitle, eventTitle } from '@koers/engine';
import { START_EVENT } from '@koers/store';

const DAY = 86_400_000;

/** A step by path with its Dutch and English title (the path itself when the step has none). */
export function stepRef(def: CompiledDefinition, path: string): { path: string; title: Localized } {
  return { path, title: def.index.states.get(path)?.config.meta?.title ?? { nl: path, en: path } };
}

/** A role by id with its title from the definition. */
export function roleRef(def: CompiledDefinition, id: string): { id: string; title: Localized } {
  return { id, title: def.definition.roles[id]?.title ?? { nl: id, en: id } };
}

/** A role's title as the newest published types declare it (the first that does), for texts outside one trajectory. */
export function roleTitleIn(definitions: readonly CompiledDefinition[], id: string): Localized {
  for (const def of definitions) {
    const title = def.definition.roles[id]?.title;
    if (title) return title;
  }
  return { nl: id, en: id };
}

/** A form by id with its title. */
export function formRef(def: CompiledDefinition, id: string): { id: string; title: Localized } {
  return { id, title: def.forms.get(id)?.definition.title ?? { nl: id, en: id } };
}

/**
 * What an event is called in the history; the start has its own name, a timer's event its timer's label, a group
 * event its group's or meeting's title.
 */
export function eventLabel(def: CompiledDefinition, type: string): Localized {
  if (type === START_EVENT) return { nl: 'Traject gestart', en: 'Trajectory started' };
  return eventTitle(def, type);
}

/**
 * What a step waits for: who can act there now (`canAct`, from `waitingNow`), the forms its events carry, and the
 * events declared on it (and its parents) with who may send them.
 */
export function waitingFor(def: CompiledDefinition, path: string, canAct: readonly string[]) {
  const events = ancestry(path).flatMap((p) => Object.entries(def.index.states.get(p)?.config.meta?.events ?? {})
    .map(([type, spec]) => ({ type, label: spec.label, roles: spec.roles, ...(spec.form ? { form: spec.form } : {}) })));
  const forms = [...new Set(events.flatMap((e) => (e.form ? [e.form] : [])))];
  return {
    roles: canAct.map((r) => roleRef(def, r)),
    forms: forms.map((f) => formRef(def, f)),
    events: events.map((e) => ({ ...e, roles: e.roles.map((r) => roleRef(def, r)) })),
  };
}

/** Whole days from `from` to `to` (0 when `to` is earlier). */
export function daysBetween(from: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / DAY));
}

/** The expected duration of a step in days, from its entry and due time. */
export function expectedDays(enteredAt: string, dueAt: string | null | undefined): number | null {
  if (!dueAt) return null;
  return Math.round((new Date(dueAt).getTime() - new Date(enteredAt).getTime()) / DAY);
}

/** The budgets, counters and dates of a trajectory's context, with titles from the definition. */
export function contextSummary(def: CompiledDefinition, context: {
  budgets?: Record<string, { limit: number; used: number }>; counters?: Record<string, number>;
  dates?: Record<string, string>; period?: number;
}) {
  const spec = def.definition;
  return {
    budgets: Object.entries(context.budgets ?? {}).map(([id, b]) => ({
      id, title: spec.budgets?.[id]?.title ?? { nl: id, en: id }, unit: spec.budgets?.[id]?.unit ?? { nl: '', en: '' }, limit: b.limit, used: b.used,
    })),
    counters: Object.entries(context.counters ?? {}).map(([id, value]) => ({
      id, title: spec.counters?.[id]?.title ?? { nl: id, en: id }, value, ...(spec.counters?.[id]?.max === undefined ? {} : { max: spec.counters[id]!.max }),
    })),
    dates: Object.entries(context.dates ?? {}).map(([key, value]) => ({ key, title: dateTitle(spec, key), value })),
    period: context.period ?? 1,
  };
}
