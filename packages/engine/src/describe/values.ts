import type { FormDefinition, JsonValue } from '../format/types';
import { type Lang, textIn } from '../format/localize';
import { i18nKey, schemaAt } from '../forms/fields';
import type { CompiledDefinition } from '../run/compile';
import { describeWord as word } from './words';

/** The part of a JSON Schema a description, the diagram and the docs read. */
export interface FieldSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  enum?: JsonValue[];
  oneOf?: Array<{ const?: JsonValue; title?: string }>;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: JsonValue;
}

/** The schema of the field at a data pointer (`/doelen/0/doel` or `/doelen/*\/doel`): the engine's walker. */
export function fieldSchema(form: FormDefinition, pointer: string): FieldSchema | undefined {
  return schemaAt(form.schema, pointer) as FieldSchema | undefined;
}

/** A form's title in `lang`, or its id when the form is unknown. */
export function formTitle(def: CompiledDefinition, formId: string, lang: Lang): string {
  const form = def.forms.get(formId)?.definition;
  return form ? textIn(form.title, lang) || formId : formId;
}

/** A value as a reader sees it: an option's title when the field has `oneOf` titles, ja/nee, plain words unquoted. */
export function valueText(value: JsonValue | undefined, lang: Lang, schema?: FieldSchema): string {
  const option = schema?.oneOf?.find((o) => JSON.stringify(o.const) === JSON.stringify(value));
  if (option?.title) return option.title;
  if (value === undefined || value === null || value === '') return word('empty', lang);
  if (value === true) return word('yes', lang);
  if (value === false) return word('no', lang);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return /^[\p{L}\p{N}_.-]+$/u.test(value) ? value : `“${value}”`;
  return JSON.stringify(value);
}

/**
 * An answer as a reader sees it, for a field of a form: the option's English translation (`i18n.en` key
 * `<field>.<value>`, as JSON Forms uses it), its Dutch label (`i18n.nl`), or its `oneOf` title, else the value.
 */
export function answerText(form: FormDefinition | undefined, pointer: string, value: JsonValue | undefined, lang: Lang): string {
  if (form && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    const key = `${i18nKey(pointer)}.${value}`;
    const translated = (lang === 'en' ? form.i18n?.en?.[key] : undefined) ?? form.i18n?.nl?.[key];
    if (translated) return translated;
  }
  return valueText(value, lang, form ? fieldSchema(form, pointer) : undefined);
}
