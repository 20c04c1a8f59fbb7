import { pointerSegments } from '@koers/engine';
import type { JsonFormsCore } from '@jsonforms/core';
import type { FieldError, FormDefinition, Lang } from '@koers/engine';
import { msg } from '../i18n/messages';

/** A message about one field: a JSON pointer into the form data and the text in Dutch and English. */
export type FormError = Pick<FieldError, 'path' | 'message'> & { keyword?: string };

type AjvError = NonNullable<JsonFormsCore['additionalErrors']>[number];

/**
 * Our field errors (from the engine's Ajv or from the server) as JSON Forms `additionalErrors`, so each lands
 * next to the control whose path matches. The pointer already names the field itself (also for `required`),
 * so the keyword must not be `required`: JSON Forms would append the missing property a second time.
 */
export function toAdditionalErrors(errors: readonly FormError[], lang: Lang): AjvError[] {
  return errors.map((error) => ({
    instancePath: error.path,
    schemaPath: '',
    keyword: 'koers',
    params: { keyword: error.keyword ?? 'server' },
    message: error.message[lang] || error.message.nl,
  }));
}

/** Splits a JSON pointer into its unescaped segments: `/a~1b/0` -> `['a/b', '0']` (the engine's own rule). */
export { pointerSegments };

/** A JSON pointer as a JSON Forms data path: `/smartDoelen/0/doel` -> `smartDoelen.0.doel`. */
export function pointerToPath(pointer: string): string {
  return pointerSegments(pointer).join('.');
}

/** A JSON Forms data path without its array indices, as used in i18n keys: `a.0.b` -> `a.b`. */
export function withoutIndices(path: string): string {
  return path.split('.').filter((s) => s !== '' && !/^\d+$/.test(s)).join('.');
}

interface SchemaNode {
  title?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/**
 * A readable name for the field an error points at, with its parents and item numbers:
 * `/smartDoelen/0/doel` -> "SMART-doelen per verbeterpunt 1 › Doel". English labels come from `i18n.en`.
 * The empty pointer (an error about the whole form) is called "Formulier" / "Form".
 */
export function fieldLabel(form: Pick<FormDefinition, 'schema' | 'i18n'>, pointer: string, lang: Lang): string {
  const parts = fieldLabelParts(form, pointer, lang);
  return parts.length > 0 ? parts.join(' › ') : msg('wholeForm', lang);
}

/** The labels from the outermost field down to the one a pointer names, item numbers included. */
export function fieldLabelParts(form: Pick<FormDefinition, 'schema' | 'i18n'>, pointer: string, lang: Lang): string[] {
  const parts: string[] = [];
  const keyPath: string[] = [];
  let schema: SchemaNode | undefined = form.schema as SchemaNode;
  for (const segment of pointerSegments(pointer)) {
    if (/^\d+$/.test(segment) && schema?.items) {
      schema = schema.items;
      const last = parts.length - 1;
      if (last >= 0) parts[last] = `${parts[last]} ${Number(segment) + 1}`;
      continue;
    }
    schema = schema?.properties?.[segment];
    keyPath.push(segment);
    const english = lang === 'en' ? form.i18n?.en?.[`${keyPath.join('.')}.label`] : undefined;
    parts.push(english ?? (typeof schema?.title === 'string' ? schema.title : segment));
  }
  return parts;
}
