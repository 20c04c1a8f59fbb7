import type { ValidateFunction } from 'ajv';
import type { FieldError } from '../errors';
import type { FormDefinition } from '../format/types';
import { createAjv, fieldErrors, localizeErrors } from './ajv';
import { fieldLabels } from './fields';

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

/** Puts the field's label in front of a required-field message, which otherwise names only the key. */
function withTitles(errors: FieldError[], form: FormDefinition): FieldError[] {
  return errors.map((error) => {
    if (error.keyword !== 'required') return error;
    const label = fieldLabels(form, error.path);
    return label ? { ...error, message: { nl: `${label.nl} is verplicht`, en: `${label.en} is required` } } : error;
  });
}
