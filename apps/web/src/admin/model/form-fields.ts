import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn } from './edit';

/*
 * The form builder's view of a form's JSON Schema: fields are addressed by their schema pointer
 * (`/properties/doelen/items/properties/doel`), and a field's kind is read from its schema the way the runner's
 * testers read it, so what the builder calls a scale is what participants see as a scale.
 */

/** The kinds of field the builder offers and recognises; `other` is a shape it shows but does not model. */
export type FieldKind =
  | 'text' | 'textarea' | 'number' | 'integer' | 'date' | 'email' | 'choice' | 'multi' | 'yesno' | 'checkbox'
  | 'scale' | 'group' | 'list' | 'object' | 'other';

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The keys of a JSON pointer (`/properties/a~1b` -> `['properties', 'a/b']`). */
export function pointerKeys(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON pointer from keys. */
export function toPointer(keys: readonly (string | number)[]): string {
  return keys.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The schema node at a schema pointer, or undefined. */
export function schemaNode(form: JsonObject, pointer: string): JsonObject | undefined {
  const node = getIn(form.schema, pointerKeys(pointer));
  return isObject(node) ? node : undefined;
}

/** The field's own key (the last property name of its pointer). */
export function fieldKey(pointer: string): string {
  return pointerKeys(pointer).pop() ?? '';
}

/** The pointer of the object schema a field is a property of (`/properties/a/items` for `/properties/a/items/properties/b`). */
export function parentPointer(pointer: string): string {
  return toPointer(pointerKeys(pointer).slice(0, -2));
}

/** The JSON Forms i18n key of a field: its property names joined by dots (`doelen.doel`), as the runner looks them up. */
export function i18nKeyOf(pointer: string): string {
  const keys = pointerKeys(pointer);
  const names: string[] = [];
  // Walk keyword by keyword, so a field that is itself called `properties` or `items` is still a name.
  for (let i = 0; i < keys.length; i += 1) if (keys[i] === 'properties' && i + 1 < keys.length) names.push(keys[(i += 1)]!);
  return names.join('.');
}

function typeOf(schema: JsonObject): string | undefined {
  const type = schema.type;
  return Array.isArray(type) ? (type.length === 1 ? String(type[0]) : undefined) : typeof type === 'string' ? type : undefined;
}

/** Whether a schema is a choice: an `enum`, or a `oneOf` of `const`s. */
export function isChoice(schema: JsonObject | undefined): boolean {
  if (!schema) return false;
  if (Array.isArray(schema.enum)) return true;
  const oneOf = schema.oneOf;
  return Array.isArray(oneOf) && oneOf.length > 0 && oneOf.every((o) => isObject(o) && o.const !== undefined);
}

/** The kind of a field from its schema and its control's `options` (the same reading as the runner's testers). */
export function kindOf(schema: JsonObject | undefined, options?: JsonValue): FieldKind {
  if (!schema) return 'other';
  const opts = isObject(options) ? options : {};
  const type = typeOf(schema);
  if (type === 'array') {
    const items = isObject(schema.items) ? schema.items : undefined;
    if (schema.uniqueItems === true && isChoice(items)) return 'multi';
    if (items && typeOf(items) === 'object') return 'group';
    return items ? 'list' : 'other';
  }
  if (type === 'object') return 'object';
  if (type === 'boolean') return isChoice(schema) ? 'yesno' : 'checkbox';
  if (isChoice(schema)) return 'choice';
  if (type === 'integer') {
    const { minimum: min, maximum: max } = schema;
    if (typeof min === 'number' && typeof max === 'number' && Number.isInteger(min) && Number.isInteger(max)) {
      if ((min === 1 && max === 10) || (opts.slider === true && max > min && max - min <= 10)) return 'scale';
    }
    return 'integer';
  }
  if (type === 'number') return 'number';
  if (type === 'string') {
    if (schema.format === 'date') return 'date';
    if (schema.format === 'email') return 'email';
    if (schema.format !== undefined) return 'other';
    return opts.multi === true ? 'textarea' : 'text';
  }
  return 'other';
}

/** One field of a form's schema. */
export interface SchemaField {
  pointer: string;
  key: string;
  schema: JsonObject;
}

/** The fields directly under an object schema (`base` is its pointer: `''` for the form, `/properties/a/items` for a group's items). */
export function fieldsUnder(form: JsonObject, base: string): SchemaField[] {
  const properties = getIn(form.schema, [...pointerKeys(base), 'properties']);
  if (!isObject(properties)) return [];
  return Object.entries(properties).flatMap(([key, schema]) =>
    isObject(schema) ? [{ pointer: `${base}${toPointer(['properties', key])}`, key, schema }] : []);
}

/** Every field of a form, depth first: nested objects' and groups' fields too. */
export function allFields(form: JsonObject, base = ''): SchemaField[] {
  return fieldsUnder(form, base).flatMap((field) => {
    const items = isObject(field.schema.items) ? `${field.pointer}/items` : undefined;
    const inner = typeOf(field.schema) === 'object' ? allFields(form, field.pointer) : items ? allFields(form, items) : [];
    return [field, ...inner];
  });
}

/** The `base` (object schema pointer) whose properties a group's items have: `/properties/doelen/items`. */
export function itemsPointer(pointer: string): string {
  return `${pointer}/items`;
}
