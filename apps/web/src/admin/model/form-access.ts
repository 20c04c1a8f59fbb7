import type { JsonObject } from '@koers/engine';
import type { Bundle } from './bundle';
import { getIn, setInDefinition } from './edit';
import { allFields, isObject, pointerKeys } from './form-fields';

/*
 * The definition's `formAccess` as the form builder edits it: per form the roles that may read it, per field
 * fewer (docs/definition-format.md "Wie mag wat lezen"). Fields are named by data pointer (`/doelen/*\/oordeel`).
 */

/** A form's readers, or undefined when everyone who sees the trajectory reads it. */
export function readersOf(bundle: Bundle, formId: string): string[] | undefined {
  const read = getIn(bundle.definition, ['formAccess', formId, 'read']);
  return Array.isArray(read) ? read.filter((r): r is string => typeof r === 'string') : undefined;
}

/** The restricted fields of a form: data pointer -> roles. */
export function fieldReadersOf(bundle: Bundle, formId: string): Record<string, string[]> {
  const fields = getIn(bundle.definition, ['formAccess', formId, 'fields']);
  if (!isObject(fields)) return {};
  return Object.fromEntries(Object.entries(fields).map(([p, roles]) => [p, Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : []]));
}

/** Restricts a form to these readers, or (undefined) opens it to everyone again, its field rules with it. */
export function setReaders(bundle: Bundle, formId: string, read: string[] | undefined): Bundle {
  if (read === undefined) {
    const next = setInDefinition(bundle, ['formAccess', formId], undefined);
    const rest = getIn(next.definition, ['formAccess']);
    // No empty `formAccess` left behind.
    return isObject(rest) && Object.keys(rest).length === 0 ? setInDefinition(next, ['formAccess'], undefined) : next;
  }
  return setInDefinition(bundle, ['formAccess', formId, 'read'], read);
}

/** Restricts one field to these readers, or (undefined) lets the form's readers read it again. */
export function setFieldReaders(bundle: Bundle, formId: string, pointer: string, read: string[] | undefined): Bundle {
  const next = setInDefinition(bundle, ['formAccess', formId, 'fields', pointer], read);
  const fields = getIn(next.definition, ['formAccess', formId, 'fields']);
  return isObject(fields) && Object.keys(fields).length === 0 ? setInDefinition(next, ['formAccess', formId, 'fields'], undefined) : next;
}

/** A field's data pointer from its schema pointer: `/properties/doelen/items/properties/oordeel` -> `/doelen/*\/oordeel`. */
export function dataPointer(schemaPointer: string): string {
  const keys = pointerKeys(schemaPointer);
  const out: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    if (keys[i] === 'properties' && i + 1 < keys.length) out.push(keys[(i += 1)]!);
    else if (keys[i] === 'items') out.push('*');
  }
  return out.map((k) => `/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Every field of a form by data pointer, with its schema title, for choosing which one to restrict. */
export function readableFields(form: JsonObject): Array<{ pointer: string; title: string }> {
  return allFields(form).map((f) => ({ pointer: dataPointer(f.pointer), title: typeof f.schema.title === 'string' ? f.schema.title : f.key }));
}
