import { ACTION_SPECS, GUARD_SPECS, type JsonObject, type JsonValue } from '@koers/engine';

/*
 * Guards and actions of the closed vocabulary as the admin edits them: a reference is a name (`"formSubmitted"`)
 * or `{ "type", "params" }`; a transition's `actions` is one reference or a list. Reading gives a list, writing
 * keeps a single reference single while there is one.
 */

/** A reference as an object; a bare name reads as `{ type }`. */
export interface RefValue {
  type: string;
  params: JsonObject;
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A reference read as `{ type, params }` (params `{}` when it has none). */
export function readRef(ref: JsonValue | undefined): RefValue | undefined {
  if (typeof ref === 'string') return { type: ref, params: {} };
  if (isObject(ref) && typeof ref.type === 'string') return { type: ref.type, params: isObject(ref.params) ? ref.params : {} };
  return undefined;
}

/** A reference with new params, keeping its other keys and their order; a bare name stays bare without params. */
export function withParams(ref: JsonValue, params: JsonObject): JsonValue {
  if (typeof ref === 'string') return Object.keys(params).length === 0 ? ref : { type: ref, params };
  if (!isObject(ref)) return ref;
  return { ...ref, params };
}

/** The list of actions of a transition (`actions` as one reference or a list). */
export function actionList(actions: JsonValue | undefined): JsonValue[] {
  if (actions === undefined || actions === null) return [];
  return Array.isArray(actions) ? actions : [actions];
}

/** Writes a list of actions back: undefined when empty; a single reference stays single if it was. */
export function writeActions(previous: JsonValue | undefined, list: JsonValue[]): JsonValue | undefined {
  if (list.length === 0) return undefined;
  if (list.length === 1 && previous !== undefined && !Array.isArray(previous)) return list[0];
  return list;
}

/** A list with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** What a new reference needs before the admin fills it in: what the definition has to offer, first of each. */
export interface Offer {
  counters: string[];
  budgets: string[];
  forms: string[];
  variables: string[];
  roles: string[];
  dates: string[];
  /** The form this event carries, if any. */
  eventForm?: string | undefined;
}

/** The params a new guard or action starts with: each required param filled with a sensible first choice. */
export function defaultParams(type: string, vocabulary: 'guard' | 'action', offer: Offer): JsonObject {
  const spec = (vocabulary === 'guard' ? GUARD_SPECS : ACTION_SPECS)[type];
  const params: JsonObject = {};
  if (!spec) return params;
  const chosen = new Set((spec.oneOf ?? []).map((names) => names[0]));
  for (const [name, param] of Object.entries(spec.params)) {
    const inOneOf = (spec.oneOf ?? []).some((names) => names.includes(name));
    if (!param.required && !(inOneOf && chosen.has(name))) continue;
    const first = (list: string[]) => list[0] ?? '';
    switch (param.kind) {
      case 'counter': params[name] = first(offer.counters); break;
      case 'budget': params[name] = first(offer.budgets); break;
      case 'form': params[name] = first(offer.eventForm ? [offer.eventForm] : offer.forms); break;
      case 'variable': params[name] = first(offer.variables); break;
      case 'date': params[name] = first(offer.dates) || 'datum'; break;
      case 'roles': params[name] = offer.roles.slice(0, 1); break;
      case 'number': params[name] = type === 'extendBudget' ? 1 : name === 'value' ? 1 : 0; break;
      case 'localized': params[name] = { nl: '', en: '' }; break;
      case 'expression': params[name] = true; break;
      case 'field': params[name] = ''; break;
      case 'json': params[name] = name === 'values' ? [] : ''; break;
      default: params[name] = '';
    }
  }
  return params;
}
