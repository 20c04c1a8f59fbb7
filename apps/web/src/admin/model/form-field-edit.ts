import type { JsonObject, JsonValue, Lang } from '@koers/engine';
import { getIn, setIn } from './edit';
import { fieldKey, i18nKeyOf, isObject, parentPointer, pointerKeys, schemaNode } from './form-fields';

/*
 * Reading and writing one field's properties. Dutch texts live in the schema (`title`, `description`), English
 * in `i18n.en` under the field's JSON Forms key; each setter writes only its own key, so writing back what was
 * read leaves the form byte for byte as it was.
 */

export type TextPart = 'label' | 'description';
const SCHEMA_KEY: Record<TextPart, string> = { label: 'title', description: 'description' };

/** A field's label or help text in one language ('' when there is none). */
export function fieldText(form: JsonObject, pointer: string, part: TextPart, lang: Lang): string {
  const value = lang === 'nl'
    ? schemaNode(form, pointer)?.[SCHEMA_KEY[part]]
    : getIn(form, ['i18n', 'en', `${i18nKeyOf(pointer)}.${part}`]);
  return typeof value === 'string' ? value : '';
}

/** Sets a field's label or help text in one language; an empty text removes it. */
export function setFieldText(form: JsonObject, pointer: string, part: TextPart, lang: Lang, text: string): JsonObject {
  const value = text === '' ? undefined : text;
  return lang === 'nl'
    ? setIn(form, ['schema', ...pointerKeys(pointer), SCHEMA_KEY[part]], value)
    : setI18n(form, 'en', `${i18nKeyOf(pointer)}.${part}`, value);
}

/** Sets (or with undefined removes) one text of `i18n.<lang>`. */
export function setI18n(form: JsonObject, lang: Lang, key: string, value: string | undefined): JsonObject {
  if (value === undefined && getIn(form, ['i18n', lang, key]) === undefined) return form;
  return setIn(form, ['i18n', lang, key], value);
}

/** Whether the field is in its object's `required` list. */
export function isRequired(form: JsonObject, pointer: string): boolean {
  const required = schemaNode(form, parentPointer(pointer))?.required;
  return Array.isArray(required) && required.includes(fieldKey(pointer));
}

/** Adds the field to, or removes it from, its object's `required` list (an emptied list goes away). */
export function setRequired(form: JsonObject, pointer: string, required: boolean): JsonObject {
  if (isRequired(form, pointer) === required) return form;
  const keys = ['schema', ...pointerKeys(parentPointer(pointer)), 'required'];
  const list = getIn(form, keys);
  const current = Array.isArray(list) ? list : [];
  const key = fieldKey(pointer);
  const next = required ? [...current, key] : current.filter((k) => k !== key);
  return setIn(form, keys, next.length > 0 ? next : undefined);
}

/** One keyword of the field's schema (`minimum`, `maxLength`, `default`, …). */
export function schemaValue(form: JsonObject, pointer: string, keyword: string): JsonValue | undefined {
  return schemaNode(form, pointer)?.[keyword];
}

/** Sets or (undefined) removes one keyword of the field's schema. */
export function setSchemaValue(form: JsonObject, pointer: string, keyword: string, value: JsonValue | undefined): JsonObject {
  if (value === undefined && schemaValue(form, pointer, keyword) === undefined) return form;
  return setIn(form, ['schema', ...pointerKeys(pointer), keyword], value);
}

/** One option of a UI schema element (`multi`, `slider`, `format`, `elementLabelProp`). */
export function elementOption(form: JsonObject, element: readonly (string | number)[], option: string): JsonValue | undefined {
  return getIn(form, [...element, 'options', option]);
}

/** Sets or removes one option of a UI schema element; an emptied `options` goes away. */
export function setElementOption(form: JsonObject, element: readonly (string | number)[], option: string, value: JsonValue | undefined): JsonObject {
  if (value === undefined && elementOption(form, element, option) === undefined) return form;
  const next = setIn(form, [...element, 'options', option], value);
  const options = getIn(next, [...element, 'options']);
  return isObject(options) && Object.keys(options).length === 0 ? setIn(next, [...element, 'options'], undefined) : next;
}

/** A layout's (Group, Category) label in one language: Dutch in `label`, English in `i18n.en["<i18n>.label"]`. */
export function layoutLabel(form: JsonObject, element: readonly (string | number)[], lang: Lang): string {
  const node = getIn(form, element);
  if (!isObject(node)) return '';
  const text = node.type === 'Label' ? 'text' : 'label';
  const value = lang === 'nl' ? node[text]
    : typeof node.i18n === 'string' ? getIn(form, ['i18n', 'en', `${node.i18n}.${text}`]) : undefined;
  return typeof value === 'string' ? value : '';
}

/** Sets a layout's label (or a Label's text) in one language; English needs the element's `i18n` key. */
export function setLayoutLabel(form: JsonObject, element: readonly (string | number)[], lang: Lang, value: string): JsonObject {
  const node = getIn(form, element);
  if (!isObject(node)) return form;
  const text = node.type === 'Label' ? 'text' : 'label';
  if (lang === 'nl') return setIn(form, [...element, text], value);
  let next = form;
  let key = node.i18n;
  if (typeof key !== 'string') {
    key = `${text === 'text' ? 'tekst' : 'groep'}.${element.filter((k) => typeof k === 'number').join('-')}`;
    next = setIn(next, [...element, 'i18n'], key);
  }
  return setI18n(next, 'en', `${key}.${text}`, value === '' ? undefined : value);
}
