import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import localizeNl from 'ajv-i18n/localize/nl';
import localizeEn from 'ajv-i18n/localize/en';
import type { FieldError } from '../errors';
import { escapePointer } from '../load/json';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * The one Ajv factory: draft-07, every error (not just the first), formats such as `date` and `email`.
 * Strict mode is on so a misspelt keyword in a form schema is an error, not a silent no-op.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, messages: true });
  addFormats(ajv);
  // Keywords JSON Forms and editors use for presentation only.
  ajv.addKeyword({ keyword: 'i18n', schemaType: 'string' });
  return ajv;
}

/** Validates data with a compiled validator and returns Dutch and English messages per field. */
export function fieldErrors(validate: ValidateFunction, data: unknown): FieldError[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const nl = errors.map((e) => ({ ...e }));
  const en = errors.map((e) => ({ ...e }));
  localizeNl(nl);
  localizeEn(en);
  return errors.map((error, i) => ({
    path: errorPath(error),
    keyword: error.keyword,
    message: { nl: nl[i]?.message ?? 'ongeldige waarde', en: en[i]?.message ?? 'invalid value' },
  }));
}

/** The pointer of the field an error is about; for `required`, the missing field itself. */
function errorPath(error: ErrorObject): string {
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty?: string }).missingProperty ?? '';
    return `${error.instancePath}/${escapePointer(missing)}`;
  }
  return error.instancePath;
}
