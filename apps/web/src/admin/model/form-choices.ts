import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn, setIn } from './edit';
import { setI18n } from './form-field-edit';
import { i18nKeyOf, isObject, pointerKeys, schemaNode } from './form-fields';

/*
 * The options of a choice, as the runner shows them: an `enum` (labels from `i18n.nl`/`i18n.en` under
 * `<field>.<value>`) or a `oneOf` of `const`s (Dutch `title`, English under the option's `i18n` key). Options are
 * written back in the shape the field already has; new fields use `oneOf`, which names every option in Dutch.
 */

export type ChoiceValue = string | number | boolean;

export interface ChoiceOption {
  value: ChoiceValue;
  nl: string;
  en: string;
}

/** The schema pointer of the node holding the options: the field, or its items for a multiple choice. */
export function optionsPointer(form: JsonObject, pointer: string): string {
  return schemaNode(form, pointer)?.type === 'array' ? `${pointer}/items` : pointer;
}

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The options of a single or multiple choice field, in order. */
export function choiceOptions(form: JsonObject, pointer: string): ChoiceOption[] {
  const node = schemaNode(form, optionsPointer(form, pointer));
  const key = i18nKeyOf(pointer);
  if (Array.isArray(node?.enum)) {
    return node.enum.map((value) => ({
      value: value as ChoiceValue,
      nl: text(getIn(form, ['i18n', 'nl', `${key}.${String(value)}`])),
      en: text(getIn(form, ['i18n', 'en', `${key}.${String(value)}`])),
    }));
  }
  const oneOf = Array.isArray(node?.oneOf) ? node.oneOf : [];
  return oneOf.filter(isObject).map((option) => {
    const i18n = typeof option.i18n === 'string' ? option.i18n : `${key}.${String(option.const)}`;
    return { value: option.const as ChoiceValue, nl: text(option.title), en: text(getIn(form, ['i18n', 'en', i18n])) };
  });
}

/**
 * The form with these options for the field. Options that keep their value keep any other keys they had;
 * translations of removed values are removed.
 */
export function setChoiceOptions(form: JsonObject, pointer: string, options: readonly ChoiceOption[]): JsonObject {
  const at = optionsPointer(form, pointer);
  const node = schemaNode(form, at);
  const key = i18nKeyOf(pointer);
  const before = choiceOptions(form, pointer);
  let next = form;
  if (Array.isArray(node?.enum)) {
    const values = options.map((o) => o.value);
    if (JSON.stringify(values) !== JSON.stringify(node.enum)) next = setIn(next, ['schema', ...pointerKeys(at), 'enum'], values);
    for (const old of before) {
      if (!values.includes(old.value)) {
        next = setI18n(setI18n(next, 'nl', `${key}.${String(old.value)}`, undefined), 'en', `${key}.${String(old.value)}`, undefined);
      }
    }
    for (const option of options) {
      next = setI18n(next, 'nl', `${key}.${String(option.value)}`, option.nl || undefined);
      next = setI18n(next, 'en', `${key}.${String(option.value)}`, option.en || undefined);
    }
    return next;
  }
  const oldList = Array.isArray(node?.oneOf) ? node.oneOf.filter(isObject) : [];
  const list = options.map((option) => {
    const old = oldList.find((o) => o.const === option.value);
    const base: JsonObject = old ?? { const: option.value, title: option.nl, i18n: `${key}.${String(option.value)}` };
    return option.nl === text(base.title) ? base : setIn(base, ['title'], option.nl);
  });
  const unchanged = list.length === oldList.length && list.every((o, i) => o === oldList[i]);
  if (!unchanged) next = setIn(next, ['schema', ...pointerKeys(at), 'oneOf'], list);
  const i18nOf = (o: JsonObject) => (typeof o.i18n === 'string' ? o.i18n : `${key}.${String(o.const)}`);
  for (const old of oldList) {
    if (!options.some((o) => o.value === old.const)) next = setI18n(next, 'en', i18nOf(old), undefined);
  }
  list.forEach((o, i) => {
    next = setI18n(next, 'en', i18nOf(o), options[i]?.en || undefined);
  });
  return next;
}

/** A value for a new option from its label: `Externe begeleiding` -> `externe-begeleiding`. */
export function valueFromLabel(label: string, taken: readonly ChoiceValue[]): string {
  const base = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'optie';
  let value = base;
  for (let n = 2; taken.includes(value); n += 1) value = `${base}-${n}`;
  return value;
}
