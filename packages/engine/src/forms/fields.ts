import type { FormDefinition, Localized } from '../format/types';
import type { Lang } from '../format/localize';
import { pointerSegments } from '../load/json';

/** The part of a form's JSON Schema that names and shapes a field. */
export interface SchemaNode {
  type?: string | string[];
  title?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const INDEX = /^\d+$/;

/**
 * The schema of the field at a data pointer: object fields by name (own properties only, so `constructor` is a
 * field like any other), list items by index or `*` (`/doelen/0/doel`, `/doelen/*\/doel`). Undefined when the
 * schema has no such field. The one walker every package uses: linter, engine messages, diagram, runner.
 */
export function schemaAt(schema: unknown, pointer: string): SchemaNode | undefined {
  let node = schema as SchemaNode | undefined;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (node.properties && Object.hasOwn(node.properties, segment)) node = node.properties[segment];
    else if (node.items && (INDEX.test(segment) || segment === '*')) node = node.items;
    else return undefined;
  }
  return node;
}

/** The JSON Forms i18n key of a data pointer: property names joined by dots, list indices left out. */
export function i18nKey(pointer: string): string {
  return pointerSegments(pointer).filter((s) => !INDEX.test(s) && s !== '*').join('.');
}

/** A field's label in both languages: the schema `title` (Dutch) and `i18n.en["<key>.label"]`; undefined without a title. */
export function fieldLabels(form: Pick<FormDefinition, 'schema' | 'i18n'>, pointer: string): Localized | undefined {
  const title = schemaAt(form.schema, pointer)?.title;
  if (typeof title !== 'string') return undefined;
  const en = form.i18n?.en?.[`${i18nKey(pointer)}.label`];
  return { nl: title, en: en ?? title };
}

/** A field's label in `lang`, falling back to the last key of the pointer when the schema gives none. */
export function fieldLabel(form: Pick<FormDefinition, 'schema' | 'i18n'> | undefined, pointer: string, lang: Lang): string {
  const labels = form ? fieldLabels(form, pointer) : undefined;
  if (labels) return labels[lang];
  const en = lang === 'en' && form ? form.i18n?.en?.[`${i18nKey(pointer)}.label`] : undefined;
  return en ?? pointerSegments(pointer).filter((s) => s && !INDEX.test(s) && s !== '*').pop() ?? pointer;
}
