import { fieldLabel as engineFieldLabel, pointerSegments, schemaAt } from '@koers/engine';
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
  const prefix: string[] = [];
  for (const segment of pointerSegments(pointer)) {
    prefix.push(segment);
    const last = parts.length - 1;
    // An item of a list: "Doelen 2" rather than a part of its own.
    if (/^\d+$/.test(segment) && last >= 0 && schemaAt(form.schema, `/${prefix.slice(0, -1).map(escape).join('/')}`)?.items) {
      parts[last] = `${parts[last]} ${Number(segment) + 1}`;
      continue;
    }
    parts.push(engineFieldLabel(form, `/${prefix.map(escape).join('/')}`, lang));
  }
  return parts;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
