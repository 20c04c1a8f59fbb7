import { fieldLabel, textIn, type JsonObject, type JsonValue, type Lang } from '@koers/engine';
import type { Bundle } from './bundle';
import type { RowOp } from './condition';

/*
 * What a condition (or a guard or action param) can read: the fields of the type's forms, this event's data,
 * counters, budgets, dates, variables, the period and the time. Each with a label the admin knows and a kind, so
 * the builder offers the operators and the value input that fit.
 */

export type FieldKind = 'text' | 'number' | 'boolean' | 'choice' | 'date' | 'datetime' | 'list' | 'object';

/** A choice of an enum field: its value and the label the form shows for it. */
export interface Choice {
  value: JsonValue;
  label: string;
}

/** A field a condition can read. `path` is the `var` path (`forms.pd-intake.besluit`, `event.doelen.*.doel`). */
export interface FieldOption {
  path: string;
  label: string;
  /** The heading it is listed under: a form's title, "deze gebeurtenis", "tellers", … */
  group: string;
  kind: FieldKind;
  choices?: Choice[];
  /** For a list: the kind of its items. */
  itemKind?: FieldKind;
}

/** A form field by JSON pointer (`/doelen/*\/doel` for the items of a list). */
export interface FormField {
  pointer: string;
  label: string;
  kind: FieldKind;
  choices?: Choice[];
  itemKind?: FieldKind;
  /** Inside a list (its pointer has `*`): it cannot be a required field or a guard's field. */
  inList: boolean;
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

function choicesOf(schema: JsonObject, form: JsonObject, pointer: string, lang: Lang): Choice[] | undefined {
  const key = pointer.split('/').filter((s) => s && s !== '*').join('.');
  const i18n = isObject(form.i18n) ? form.i18n : {};
  const text = (value: JsonValue, fallback?: string) => {
    const table = (l: string) => (isObject(i18n[l]) ? (i18n[l] as JsonObject)[`${key}.${String(value)}`] : undefined);
    const found = (lang === 'en' ? table('en') : undefined) ?? table('nl');
    return typeof found === 'string' ? found : fallback ?? String(value);
  };
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value, label: text(value) }));
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((o) => isObject(o) && 'const' in o)) {
    return (schema.oneOf as JsonObject[]).map((o) => ({ value: o.const ?? null, label: text(o.const ?? null, typeof o.title === 'string' ? o.title : undefined) }));
  }
  return undefined;
}

function kindOf(schema: JsonObject, choices: Choice[] | undefined): FieldKind {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (choices) return 'choice';
  if (type === 'boolean') return 'boolean';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'array') return 'list';
  if (type === 'object') return 'object';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'date-time') return 'datetime';
  return 'text';
}

/** Every field of a form, depth first, with list items under `*`; nested labels read "Doelen › Doel". */
export function formFields(form: JsonObject, lang: Lang): FormField[] {
  const out: FormField[] = [];
  const typed = form as unknown as Parameters<typeof fieldLabel>[0];
  const walk = (schema: JsonValue | undefined, pointer: string, prefix: string, inList: boolean) => {
    if (!isObject(schema) || !isObject(schema.properties)) return;
    for (const [name, child] of Object.entries(schema.properties)) {
      if (!isObject(child)) continue;
      const at = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const label = `${prefix}${fieldLabel(typed, at, lang)}`;
      const items = isObject(child.items) ? child.items : undefined;
      const choices = choicesOf(items && child.type === 'array' ? items : child, form, at, lang);
      const kind = kindOf(child, child.type === 'array' ? undefined : choices);
      const itemKind = items ? kindOf(items, choices) : undefined;
      out.push({ pointer: at, label, kind, inList, ...(choices ? { choices } : {}), ...(itemKind ? { itemKind } : {}) });
      if (kind === 'object') walk(child, at, `${label} › `, inList);
      if (items && itemKind === 'object') walk(items, `${at}/*`, `${label} › `, true);
    }
  };
  walk(form.schema, '', '', false);
  return out;
}

const dotted = (pointer: string) => pointer.split('/').slice(1).join('.');

/** The form with this id in the bundle. */
export function formById(bundle: Bundle, id: string | undefined): JsonObject | undefined {
  return id === undefined ? undefined : bundle.forms.find((f) => f.id === id);
}

/** The title of a form in the bundle, or its id. */
export function formName(bundle: Bundle, id: string, lang: Lang): string {
  const form = formById(bundle, id);
  return (isObject(form?.title) ? textIn(form.title as never, lang) : '') || id;
}

const titled = (table: JsonValue | undefined, lang: Lang): Array<[string, string]> =>
  Object.entries(isObject(table) ? table : {}).map(([key, spec]) => [key, (isObject(spec) && isObject(spec.title) ? textIn(spec.title as never, lang) : '') || key]);

/** The names of the dates the definition declares or records (`recordDate` keys). */
export function dateKeys(definition: JsonObject): string[] {
  const keys = new Set(Object.keys(isObject(definition.dates) ? definition.dates : {}));
  JSON.stringify(definition.machine ?? null, (_key, value: unknown) => {
    if (isObject(value) && value.type === 'recordDate' && isObject(value.params) && typeof value.params.key === 'string') keys.add(value.params.key);
    return value;
  });
  return [...keys];
}

/**
 * Everything a condition in a transition of an event carrying `eventForm` can read, grouped: the event's data,
 * counters, budgets, dates, variables, the trajectory, then the forms (`nearForms`, those of the step, first).
 */
export function conditionFields(bundle: Bundle, eventForm: string | undefined, lang: Lang, nearForms: readonly string[] = []): FieldOption[] {
  const nl = lang === 'nl';
  const def = bundle.definition;
  const out: FieldOption[] = [];
  const fromForm = (form: JsonObject, base: string, group: string) => {
    for (const f of formFields(form, lang)) {
      const { pointer: _p, inList: _l, ...rest } = f;
      out.push({ ...rest, path: `${base}.${dotted(f.pointer)}`, group });
    }
  };
  const eventFormDef = formById(bundle, eventForm);
  if (eventFormDef) fromForm(eventFormDef, 'event', nl ? 'Deze gebeurtenis' : 'This event');
  for (const [key, title] of titled(def.counters, lang)) out.push({ path: `counters.${key}`, label: title, group: nl ? 'Tellers' : 'Counters', kind: 'number' });
  for (const [key, title] of titled(def.budgets, lang)) {
    out.push({ path: `budgets.${key}.used`, label: nl ? `${title} gebruikt` : `${title} used`, group: nl ? 'Budgetten' : 'Budgets', kind: 'number' });
    out.push({ path: `budgets.${key}.limit`, label: nl ? `limiet ${title}` : `${title} limit`, group: nl ? 'Budgetten' : 'Budgets', kind: 'number' });
  }
  const dateTitles = new Map(titled(def.dates, lang));
  for (const key of dateKeys(def)) out.push({ path: `dates.${key}`, label: dateTitles.get(key) ?? key, group: nl ? 'Datums' : 'Dates', kind: 'datetime' });
  for (const [key, title] of titled(def.variables, lang)) {
    const spec = isObject(def.variables) ? (def.variables as JsonObject)[key] : undefined;
    const initial = isObject(spec) ? spec.default : undefined;
    const kind: FieldKind = typeof initial === 'boolean' ? 'boolean' : typeof initial === 'number' ? 'number' : 'text';
    out.push({ path: `vars.${key}`, label: title, group: nl ? 'Variabelen' : 'Variables', kind });
  }
  const general = nl ? 'Traject' : 'Trajectory';
  out.push({ path: 'period', label: nl ? 'periode (ronde)' : 'period (round)', group: general, kind: 'number' });
  out.push({ path: 'now', label: nl ? 'nu' : 'now', group: general, kind: 'datetime' });
  out.push({ path: 'startedAt', label: nl ? 'begonnen op' : 'started at', group: general, kind: 'datetime' });
  const rank = (form: JsonObject) => (nearForms.includes(String(form.id)) ? 0 : 1);
  const forms = [...bundle.forms].sort((a, b) => rank(a) - rank(b));
  for (const form of forms) if (typeof form.id === 'string') fromForm(form, `forms.${form.id}`, formName(bundle, form.id, lang));
  return out;
}

/** The operators that fit a field of this kind (lists also by their number of items). */
export function operatorsFor(kind: FieldKind | undefined, count = false): RowOp[] {
  if (count) return ['==', '!=', '<', '<=', '>', '>='];
  switch (kind) {
    case 'number':
    case 'date':
    case 'datetime':
      return ['==', '!=', '<', '<=', '>', '>=', 'filled', 'empty'];
    case 'choice':
      return ['==', '!=', 'oneOf', 'filled', 'empty'];
    case 'list':
      return ['contains', 'filled', 'empty'];
    case 'boolean':
    case 'text':
      return ['==', '!=', 'filled', 'empty'];
    default:
      return ['==', '!=', '<', '<=', '>', '>=', 'filled', 'empty', 'contains', 'oneOf'];
  }
}
