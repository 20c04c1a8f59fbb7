import type { JsonObject, JsonValue, Localized } from '@koers/engine';
import { fieldsUnder, isObject, kindOf, toPointer, type FieldKind } from './form-fields';

/**
 * The form builder's view of a form's `rules` (checks across fields): the common kinds as rows (date order,
 * minimum span, at least one of), anything else as a free JSON Logic expression. Each kind writes exactly the
 * JSON docs/definition-format.md §6 shows, and is recognised again from it.
 */
export type CheckKind = 'order' | 'span' | 'oneOf' | 'custom';

export interface CheckRow {
  kind: CheckKind;
  /** The earlier date field (order, span): a field name at the rule's level. */
  first: string;
  /** The later date field (order, span); the message is shown there. */
  second: string;
  /** The minimum span (span): an ISO 8601 duration such as `P6M`. */
  duration: string;
  /** The fields of which one must be filled in (oneOf); the message is shown at the first. */
  fields: string[];
}

const v = (name: string) => ({ var: name });
const emptyOr = (a: string, b: string, then: JsonValue): JsonValue => ({ or: [{ '!': v(a) }, { '!': v(b) }, then] });

/** The `check` of a row (not for `custom`, whose check is its own). */
export function checkOf(row: CheckRow): JsonValue {
  switch (row.kind) {
    case 'order': return emptyOr(row.first, row.second, { '<': [{ date: v(row.first) }, { date: v(row.second) }] });
    case 'span': return emptyOr(row.first, row.second, { '>=': [{ date: v(row.second) }, { addDuration: [v(row.first), row.duration] }] });
    case 'oneOf': return { or: row.fields.map((f) => ({ '!!': v(f) })) };
    case 'custom': return true;
  }
}

/** The field a row's message belongs to, as the rule's `path`. */
export function pathOf(row: CheckRow): string {
  const field = row.kind === 'oneOf' ? row.fields[0] : row.second;
  return field ? toPointer([field]) : '';
}

const varName = (e: unknown): string | undefined => (isObject(e) && typeof e.var === 'string' ? e.var : undefined);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The row a rule's `check` is, recognised by its exact shape; `custom` for anything else. */
export function readCheck(check: JsonValue | undefined): CheckRow {
  const row: CheckRow = { kind: 'custom', first: '', second: '', duration: 'P6M', fields: [] };
  const parts = isObject(check) && Array.isArray(check.or) ? check.or : undefined;
  if (!parts) return row;
  const vars = parts.map((p) => (isObject(p) ? varName(p['!!'] ?? p['!']) : undefined));
  if (vars.length > 0 && vars.every(Boolean) && same(check, checkOf({ ...row, kind: 'oneOf', fields: vars as string[] }))) {
    return { ...row, kind: 'oneOf', fields: vars as string[] };
  }
  const [first, second] = vars;
  if (parts.length !== 3 || !first || !second) return row;
  if (same(check, checkOf({ ...row, kind: 'order', first, second }))) return { ...row, kind: 'order', first, second };
  const last = parts[2];
  const span = isObject(last) && Array.isArray(last['>=']) ? last['>='][1] : undefined;
  const duration = isObject(span) && Array.isArray(span.addDuration) ? span.addDuration[1] : undefined;
  if (typeof duration === 'string' && same(check, checkOf({ ...row, kind: 'span', first, second, duration }))) {
    return { ...row, kind: 'span', first, second, duration };
  }
  return row;
}

/** A field a check can name: its key at the rule's level, its Dutch label, its kind. */
export interface CheckField { key: string; label: string; kind: FieldKind }

/** The fields at a rule's level: the form's own, or (with `items`, a list's data pointer like `/doelen`) an item's. */
export function checkFields(form: JsonObject, items: string | undefined): CheckField[] {
  const base = items ? `${toPointer(['properties', items.slice(1)])}/items` : '';
  return fieldsUnder(form, base).map((f) => ({ key: f.key, label: typeof f.schema.title === 'string' ? f.schema.title : f.key, kind: kindOf(f.schema) }));
}

/** The lists (repeatable groups) at the form's top level a check can run per item of, as data pointers. */
export function checkLists(form: JsonObject): CheckField[] {
  return checkFields(form, undefined).filter((f) => f.kind === 'group').map((f) => ({ ...f, key: toPointer([f.key]) }));
}

/** A new rule of a kind, with fields picked and a message written from their labels, so it is valid at once. */
export function newRule(form: JsonObject, kind: CheckKind, id: string, items?: string): JsonObject {
  const fields = checkFields(form, items).filter((f) => f.kind !== 'group');
  const dates = fields.filter((f) => f.kind === 'date');
  const [a, b] = dates.length >= 2 ? dates : fields;
  const label = (f: CheckField | undefined) => f?.label ?? '…';
  const row: CheckRow = { kind, first: a?.key ?? '', second: b?.key ?? a?.key ?? '', duration: 'P6M', fields: fields.slice(0, 2).map((f) => f.key) };
  const message: Localized = kind === 'order'
    ? { nl: `${label(b)} ligt na ${label(a).toLowerCase()}.`, en: `${label(b)} must be after ${label(a).toLowerCase()}.` }
    : kind === 'span'
      ? { nl: `${label(b)} ligt minstens een half jaar na ${label(a).toLowerCase()}.`, en: `${label(b)} must be at least half a year after ${label(a).toLowerCase()}.` }
      : kind === 'oneOf'
        ? { nl: `Vul ${fields.slice(0, 2).map((f) => f.label.toLowerCase()).join(' of ')} in.`, en: `Fill in ${fields.slice(0, 2).map((f) => f.label.toLowerCase()).join(' or ')}.` }
        : { nl: 'Deze controle klopt niet.', en: 'This check does not hold.' };
  return {
    id, ...(items ? { items } : {}), path: pathOf(row), check: kind === 'custom' ? true : checkOf(row), message: { ...message },
  };
}

/** A rule with its row changed: kind fields rewrite `check` and `path`; a custom rule keeps its own. */
export function withRow(rule: JsonObject, row: CheckRow): JsonObject {
  if (row.kind === 'custom') return rule;
  return { ...rule, check: checkOf(row), path: pathOf(row) };
}

/** An id not yet used by the form's rules: `controle-1`, `controle-2`, … */
export function freeRuleId(rules: readonly JsonValue[]): string {
  const taken = new Set(rules.map((r) => (isObject(r) ? r.id : undefined)));
  let n = rules.length + 1;
  while (taken.has(`controle-${n}`)) n += 1;
  return `controle-${n}`;
}
