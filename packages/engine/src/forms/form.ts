import type { Ajv, ValidateFunction } from 'ajv';
import type { FieldError } from '../errors';
import type { FormDefinition } from '../format/types';
import { createAjv, fieldErrors, localizeErrors } from './ajv';
import { containsMessage } from './contains';
import { fieldLabels } from './fields';
import { ruleErrors } from './rules';

/** A form ready for use: its definition and a validator built once. */
export interface CompiledForm {
  definition: FormDefinition;
  file: string;
  /** The schema's errors, then the form's `error` rules that do not hold (keyword `rule`). */
  validate: (data: unknown) => FieldError[];
}

// Only for checking schemas against the meta-schema, which compiles nothing per form.
const metaAjv = createAjv();

/**
 * Compiles a form's JSON Schema with `ajv` (by default an instance of its own). Ajv keeps every schema it
 * compiled for as long as it lives, so whoever compiles forms that may be dropped again (a type version,
 * a refused upload) gives them an instance that goes with them: `loadBundle` makes one per bundle.
 * Throws Ajv's error when the schema itself is invalid; the loader turns that into a located problem.
 */
export function compileForm(definition: FormDefinition, file: string, ajv: Ajv = createAjv()): CompiledForm {
  const validator: ValidateFunction = ajv.compile(definition.schema);
  return {
    definition, file,
    validate: (data) => {
      const errors = withTitles(fieldErrors(validator, data), definition);
      if (!definition.rules?.length) return errors;
      // A field the schema already refuses (no date at all) gets that message, not also a rule's.
      const wrong = new Set(errors.map((e) => e.path));
      return [...errors, ...ruleErrors(definition, data).filter((e) => !wrong.has(e.path))];
    },
  };
}

/**
 * Checks a form's JSON Schema against the JSON Schema meta-schema, so each mistake gets its own location
 * (a data pointer into the schema) and a Dutch message; compiling would only say "schema is invalid".
 */
export function schemaErrors(schema: unknown): FieldError[] {
  if (metaAjv.validateSchema(schema as object) === true) return [];
  return localizeErrors(metaAjv.errors ?? []);
}

/**
 * Puts the field's label in front of a required-field message, which otherwise names only the key, and says
 * what a list lacks for `contains`.
 */
function withTitles(errors: FieldError[], form: FormDefinition): FieldError[] {
  return errors.map((error) => {
    if (error.keyword === 'contains') {
      const message = containsMessage(form, error.path);
      return message ? { ...error, message } : error;
    }
    if (error.keyword !== 'required') return error;
    const label = fieldLabels(form, error.path);
    return label ? { ...error, message: { nl: `${label.nl} is verplicht`, en: `${label.en} is required` } } : error;
  });
}
