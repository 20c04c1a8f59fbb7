import type { Expression, JsonObject, JsonValue, Localized, TrajectoryContext } from '../format/types';
import { ancestry } from '../format/structure';
import { dateTitle } from '../format/localize';
import { evaluate } from '../expr/logic';
import { schemaAt } from '../forms/fields';
import { FORBIDDEN_KEYS, pointerSegments } from '../load/json';
import { type Facts, expressionData } from '../vocab/data';
import type { CompiledDefinition } from './compile';
import type { TrajectorySnapshot } from './snapshot';

/** A form's carried-over answers: the data to start from, and per field (JSON pointer) where its value came from. */
export interface Prefill {
  data: JsonObject;
  /** Per filled field: the source as the participant reads it ("Overgenomen uit <source>"). */
  sources: Record<string, Localized>;
  /**
   * The earlier forms the answers come from, once each in the order first used: the form's id, its title as the
   * participant reads it (`sourceOf`: "Tussenevaluatie (vorige ronde)"), and whether it is the last round's. The
   * caller adds when each was submitted ("Overgenomen uit: Startgesprek, ingevuld op 12 maart 2026").
   */
  from: PrefillOrigin[];
}

/** One earlier form that carried answers over (`Prefill.from`). */
export interface PrefillOrigin {
  form: string;
  title: Localized;
  /** Read from `previousPeriod`: the answers of the round before this one. */
  previousRound?: true;
}

const TRAJECTORY: Localized = { nl: 'het traject', en: 'the trajectory' };

/**
 * What expressions in `meta.prefill` read: everything a guard's `condition` reads (`forms`, `counters`, `budgets`,
 * `dates`, `vars`, `period`, `startedAt`, `now`, and the facts `trajectory`, `group`, `signoffs`), plus
 * `previousPeriod`: the last closed period (`{ period, endedAt, forms, counters }`) or null, so a new round can
 * start from the last round's answers.
 */
export function prefillData(context: TrajectoryContext, facts: Facts | undefined, now: string): Record<string, unknown> {
  return {
    ...expressionData(context, { type: 'prefill', now, ...(facts ? { facts } : {}) }),
    previousPeriod: context.periods.at(-1) ?? null,
  };
}

/**
 * The carried-over answers of a form in the trajectory's current steps (`meta.prefill` of the step that shows it,
 * or of a step around it): each expression evaluated over `prefillData`; a field whose value comes out null, empty
 * or undefined stays empty. Undefined when no current step prefills this form. Pure: the caller decides when it
 * applies (the server: only while the form has no draft and no submission).
 * @example prefillFor(def, snapshot, ['evaluatie'], 'eindevaluatie', { trajectory: { name: 'De Klimop' } }, now)
 *   // { data: { doel: 'Lezen…', school: 'De Klimop' }, sources: { '/doel': { nl: 'SMART-doel', … }, '/school': { nl: 'het traject', … } } }
 */
export function prefillFor(
  def: CompiledDefinition, snapshot: Pick<TrajectorySnapshot, 'context'>, steps: readonly string[], formId: string,
  facts: Facts | undefined, now: string,
): Prefill | undefined {
  const spec = prefillSpec(def, steps, formId);
  if (!spec) return undefined;
  const form = def.forms.get(formId)?.definition;
  const data: JsonObject = {};
  const sources: Record<string, Localized> = {};
  const from: PrefillOrigin[] = [];
  const input = prefillData(snapshot.context, facts, now);
  for (const [pointer, expr] of Object.entries(spec)) {
    const value = fitting(evaluate(expr, input) as JsonValue | undefined, form ? schemaAt(form.schema, pointer)?.type : undefined);
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (!setAt(data, pointer, structuredClone(value))) continue;
    sources[pointer] = sourceOf(def, expr);
    const origin = originOf(def, expr);
    if (origin && !from.some((o) => o.form === origin.form && o.previousRound === origin.previousRound)) from.push(origin);
  }
  return { data, sources, from };
}

/** The earlier form an expression reads its answer from (`forms.<id>…` or `previousPeriod.forms.<id>…`), if any. */
function originOf(def: CompiledDefinition, expr: Expression): PrefillOrigin | undefined {
  const parts = (firstVar(expr) ?? '').split('.');
  const previous = parts[0] === 'previousPeriod' && parts[1] === 'forms';
  const form = previous ? parts[2] : parts[0] === 'forms' ? parts[1] : undefined;
  if (form === undefined || !def.forms.has(form)) return undefined;
  return { form, title: sourceOf(def, expr), ...(previous ? { previousRound: true as const } : {}) };
}

/** The `meta.prefill` entry for a form in the given steps or the steps around them, nearest first. */
export function prefillSpec(def: CompiledDefinition, steps: readonly string[], formId: string): Record<string, Expression> | undefined {
  for (const step of steps) {
    for (const path of ancestry(step)) {
      const spec = def.index.states.get(path)?.config.meta?.prefill?.[formId];
      if (spec) return spec;
    }
  }
  return undefined;
}

/** A number for a text field becomes its text (a round number into "Ronde"); other mismatches stay as they are. */
function fitting(value: JsonValue | undefined, type: string | string[] | undefined): JsonValue | undefined {
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  if (typeof value === 'number' && types.length > 0 && !types.includes('number') && !types.includes('integer') && types.includes('string')) return String(value);
  return value;
}

/** Sets a value at a pointer, creating objects on the way; false where the way is not an object or a key is unsafe. */
function setAt(target: JsonObject, pointer: string, value: JsonValue): boolean {
  const segments = pointerSegments(pointer);
  if (segments.length === 0 || segments.some((s) => FORBIDDEN_KEYS.has(s))) return false;
  let node: JsonObject = target;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (next === undefined) node[segment] = {};
    else if (next === null || typeof next !== 'object' || Array.isArray(next)) return false;
    node = node[segment] as JsonObject;
  }
  node[segments.at(-1)!] = value;
  return true;
}

/** The first variable an expression reads, as a dotted path (`forms.smart-doel.doel`). */
function firstVar(expr: Expression): string | undefined {
  if (expr === null || typeof expr !== 'object') return undefined;
  if (Array.isArray(expr)) {
    for (const item of expr) {
      const found = firstVar(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [op, arg] of Object.entries(expr)) {
    if (op === 'var') {
      const name = Array.isArray(arg) ? arg[0] : arg;
      if (typeof name === 'string' && name !== '') return name;
      continue;
    }
    const found = firstVar(arg);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Where a carried-over value comes from, for the participant: the earlier form's title (also of the last round),
 * a counter's, budget's, date's or variable's title, the group, or else "het traject" (its name, label, round).
 */
export function sourceOf(def: CompiledDefinition, expr: Expression): Localized {
  const [root, name] = (firstVar(expr) ?? '').split('.');
  const d = def.definition;
  const titled = (title: Localized | undefined): Localized => title ?? TRAJECTORY;
  switch (root) {
    case 'forms':
      return titled(name === undefined ? undefined : def.forms.get(name)?.definition.title);
    case 'previousPeriod': {
      const [, , formId] = (firstVar(expr) ?? '').split('.');
      const title = formId === undefined ? undefined : def.forms.get(formId)?.definition.title;
      return title ? { nl: `${title.nl} (vorige ronde)`, en: `${title.en} (previous round)` } : { nl: 'de vorige ronde', en: 'the previous round' };
    }
    case 'counters': return titled(name === undefined ? undefined : d.counters?.[name]?.title);
    case 'budgets': return titled(name === undefined ? undefined : d.budgets?.[name]?.title);
    case 'vars': return titled(name === undefined ? undefined : d.variables?.[name]?.title);
    case 'dates': return name === undefined ? TRAJECTORY : dateTitle(d, name);
    case 'group': return { nl: 'de groep', en: 'the group' };
    default: return TRAJECTORY;
  }
}
