import type { JsonObject, JsonValue, Localized } from '@koers/engine';
import { getIn, setIn } from './edit';
import { setI18n } from './form-field-edit';
import { i18nKeyOf, pointerKeys, toPointer, type FieldKind } from './form-fields';
import type { LayoutItem } from './form-layout';

/*
 * New fields, sections and forms, in the shapes the shipped forms use and the runner's testers recognise:
 * a long text is a string whose control has `options.multi`, a scale an integer from 1 to 10, a yes/no a boolean
 * with two `oneOf` options, a multiple choice an array of unique `oneOf` values, a repeatable group an array of
 * objects with its own detail layout.
 */

/** The kinds a new field can have, in the order the builder offers them. */
export const NEW_FIELD_KINDS = [
  'text', 'textarea', 'number', 'integer', 'date', 'choice', 'multi', 'yesno', 'checkbox', 'scale', 'group',
] as const satisfies readonly FieldKind[];
export type NewFieldKind = (typeof NEW_FIELD_KINDS)[number];

const option = (key: string, value: string, nl: string): JsonObject => ({ const: value, title: nl, i18n: `${key}.${value}` });

/** The schema of a new field of `kind` with Dutch label `title`; `key` is its i18n key (for option keys). */
export function newFieldSchema(kind: NewFieldKind, title: string, key: string): JsonObject {
  switch (kind) {
    case 'text': return { type: 'string', title };
    case 'textarea': return { type: 'string', title };
    case 'number': return { type: 'number', title };
    case 'integer': return { type: 'integer', title };
    case 'date': return { type: 'string', format: 'date', title };
    case 'choice': return { type: 'string', title, oneOf: [option(key, 'optie-1', 'Optie 1'), option(key, 'optie-2', 'Optie 2')] };
    case 'multi': return { type: 'array', title, uniqueItems: true, items: { type: 'string', oneOf: [option(key, 'optie-1', 'Optie 1'), option(key, 'optie-2', 'Optie 2')] } };
    case 'yesno': return { type: 'boolean', title, oneOf: [{ const: true, title: 'Ja', i18n: `${key}.ja` }, { const: false, title: 'Nee', i18n: `${key}.nee` }] };
    case 'checkbox': return { type: 'boolean', title };
    case 'scale': return { type: 'integer', title, minimum: 1, maximum: 10 };
    case 'group': return { type: 'array', title, items: { type: 'object', properties: {} } };
  }
}

/** English texts a new field starts with (option labels; the field's label is added separately). */
function newFieldEnglish(kind: NewFieldKind, key: string): Record<string, string> {
  if (kind === 'choice' || kind === 'multi') return { [`${key}.optie-1`]: 'Option 1', [`${key}.optie-2`]: 'Option 2' };
  if (kind === 'yesno') return { [`${key}.ja`]: 'Yes', [`${key}.nee`]: 'No' };
  return {};
}

/** The control a new field gets in a UI schema. */
function newControl(kind: NewFieldKind, scope: string): JsonObject {
  if (kind === 'textarea') return { type: 'Control', scope, options: { multi: true } };
  if (kind === 'group') return { type: 'Control', scope, options: { detail: { type: 'VerticalLayout', elements: [] } } };
  return { type: 'Control', scope };
}

/** A key for a new field from its label, unique among `taken` (`Datum gesprek` -> `datumGesprek`). */
export function keyFromLabel(label: string, taken: readonly string[]): string {
  const words = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let base = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('') || 'veld';
  if (/^\d/.test(base)) base = `veld${base}`;
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}${n}`;
  return key;
}

/**
 * The form with a new field at the end of `container` (an outline item with children): the property in the
 * schema object the container's scopes are relative to, a control in its UI elements when it has any, and
 * the English label.
 */
export function addField(form: JsonObject, container: LayoutItem, kind: NewFieldKind, key: string, label: Localized): JsonObject {
  const base = container.base ?? '';
  const pointer = `${base}${toPointer(['properties', key])}`;
  const i18nKey = i18nKeyOf(pointer);
  let next = setIn(form, ['schema', ...pointerKeys(pointer)], newFieldSchema(kind, label.nl, i18nKey));
  if (container.childrenIn === 'elements' && container.childrenKeys) {
    const elements = getIn(next, container.childrenKeys);
    const list = Array.isArray(elements) ? elements : [];
    next = setIn(next, container.childrenKeys, [...list, newControl(kind, `#${toPointer(['properties', key])}`)]);
  }
  next = setI18n(next, 'en', `${i18nKey}.label`, label.en || undefined);
  for (const [k, v] of Object.entries(newFieldEnglish(kind, i18nKey))) next = setI18n(next, 'en', k, v);
  return next;
}

/** The form with a new layout element (a Group, a Category for tabs, or a Label with info text) at the end of `container`. */
export function addLayout(form: JsonObject, container: LayoutItem, type: 'Group' | 'Category' | 'Label', text: Localized, i18nKey: string): JsonObject {
  if (container.childrenIn !== 'elements' || !container.childrenKeys) return form;
  const elements = getIn(form, container.childrenKeys);
  const list = Array.isArray(elements) ? elements : [];
  const element: JsonObject = type === 'Label'
    ? { type, text: text.nl, i18n: i18nKey }
    : { type, label: text.nl, i18n: i18nKey, elements: [] };
  const next = setIn(form, container.childrenKeys, [...list, element]);
  return setI18n(next, 'en', `${i18nKey}.${type === 'Label' ? 'text' : 'label'}`, text.en || undefined);
}

/**
 * A new, empty form with a title: a vertical layout, no fields yet and no example answer (an empty one would turn
 * invalid at the first required field); the admin adds a real one from the preview ("Gebruik als voorbeeld").
 */
export function newForm(id: string, title: Localized): JsonObject {
  return {
    $schema: '../packages/engine/schemas/form.schema.json',
    id,
    version: 1,
    title: { nl: title.nl, en: title.en } as JsonValue,
    schema: { type: 'object', properties: {} },
    uischema: { type: 'VerticalLayout', elements: [] },
    i18n: { en: {} },
  };
}

/**
 * The form with its top-level layout split into tabs: a vertical layout becomes a Categorization whose first tab
 * holds everything it held (the runner shows a Categorization of Categories as tabs).
 */
export function splitIntoTabs(form: JsonObject, first: Localized): JsonObject {
  const ui = form.uischema;
  if (ui === null || typeof ui !== 'object' || Array.isArray(ui) || ui.type !== 'VerticalLayout') return form;
  const elements = Array.isArray(ui.elements) ? ui.elements : [];
  const tab: JsonObject = { type: 'Category', label: first.nl, i18n: 'categorie.1', elements };
  const next = setIn(setIn(form, ['uischema', 'type'], 'Categorization'), ['uischema', 'elements'], [tab]);
  return setI18n(next, 'en', 'categorie.1.label', first.en || undefined);
}
