import type { ValidateFunction } from 'ajv';
import type { FieldError } from '../errors';
import type { FormDefinition } from '../format/types';
import { createAjv, fieldErrors, localizeErrors } from './ajv';

/** A form ready for use: its definition and a validator built once. */
export interface CompiledForm {
  definition: FormDefinition;
  file: string;
  validate: (data: unknown) => FieldError[];
}

const sharedAjv = createAjv();

/**
 * Compiles a form's JSON Schema. Throws Ajv's error when the schema itself is invalid;
 * the loader turns that into a located problem.
 */
export function compileForm(definition: FormDefinition, file: string): CompiledForm {
  // A fresh `$id`-less compile per form; Ajv caches by schema identity, so reloading is cheap.
  const validator: ValidateFunction = sharedAjv.compile(definition.schema);
  return { definition, file, validate: (data) => withTitles(fieldErrors(validator, data), definition) };
}

/**
 * Checks a form's JSON Schema against the JSON Schema meta-schema, so each mistake gets its own location
 * (a data pointer into the schema) and a Dutch message; compiling would only say "schema is invalid".
 */
export function schemaErrors(schema: unknown): FieldError[] {
  if (sharedAjv.validateSchema(schema as object) === true) return [];
  return localizeErrors(sharedAjv.errors ?? []);
}

/** Puts the field's Dutch label in front of a required-field message, which otherwise names only the key. */
function withTitles(errors: FieldError[], form: FormDefinition): FieldError[] {
  return errors.map((error) => {
    if (error.keyword !== 'required') return error;
    const title = fieldTitle(form, error.path);
    const en = form.i18n?.en?.[`${error.path.slice(1).replace(/\//g, '.')}.label`] ?? title;
    return title ? { ...error, message: { nl: `${title} is verplicht`, en: `${en} is required` } } : error;
  });
}

/** The schema `title` of the field at a data pointer (array indices skipped). */
export function fieldTitle(form: FormDefinition, pointer: string): string | undefined {
  let schema: unknown = form.schema;
  for (const segment of pointer.split('/').slice(1)) {
    if (schema === null || typeof schema !== 'object') return undefined;
    const s = schema as { properties?: Record<string, unknown>; items?: unknown };
    if (/^\d+$/.test(segment) && s.items) schema = s.items;
    else schema = s.properties?.[segment];
  }
  const title = (schema as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}

/** Whether the schema has a field at this pointer (array items are walked through `items`). */
export function schemaHasField(schema: unknown, pointer: string): boolean {
  let current: unknown = schema;
  const segments = pointer.startsWith('/') ? pointer.split('/').slice(1) : pointer.split('/');
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return false;
    const s = current as { properties?: Record<string, unknown>; items?: unknown };
    if (s.properties && Object.hasOwn(s.properties, segment)) current = s.properties[segment];
    else if (s.items && (/^\d+$/.test(segment) || segment === '*')) current = s.items;
    else return false;
  }
  return true;
}
