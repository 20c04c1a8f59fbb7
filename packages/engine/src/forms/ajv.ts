import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import localizeNl from 'ajv-i18n/localize/nl';
import localizeEn from 'ajv-i18n/localize/en';
import type { FieldError } from '../errors';
import type { Localized } from '../format/types';
import { escapePointer } from '../load/json';
import { safeRegExp } from '#regexp';
import { MEETING_KEYWORD } from './meetings';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * The one Ajv factory: draft-07, every error (not just the first), formats such as `date` and `email`.
 * Strict mode is on so a misspelt keyword in a form schema is an error, not a silent no-op. Patterns run
 * on RE2 semantics (`safeRegExp`, package import `#regexp`), so a form's `pattern` cannot hang the server or the CLI;
 * the browser build uses its own RegExp on patterns the linter passed (regexp-browser.ts).
 * `strict: false` is for JSON Forms' rule conditions, small schemas written without `type`, and for the format's own
 * schemas. `nativePatterns` is for those last only: they are ours and fixed, and the duration pattern needs a
 * lookahead, which RE2 does not have. Every Ajv in Koers comes from here (a test checks), so the options live in one place.
 * @example createAjv().compile(form.schema)
 */
export function createAjv(options: { strict?: boolean; nativePatterns?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true, strict: options.strict ?? true, strictRequired: false, allowUnionTypes: true, messages: true,
    ...(options.nativePatterns ? {} : { code: { regExp: safeRegExp } }),
  });
  addFormats(ajv);
  // Keywords JSON Forms and editors use for presentation only.
  ajv.addKeyword({ keyword: 'i18n', schemaType: 'string' });
  // A date or date-time field that is a meeting in the agenda (forms/meetings.ts); it checks no data.
  ajv.addKeyword({ ...MEETING_KEYWORD, schemaType: [...MEETING_KEYWORD.schemaType], metaSchema: structuredClone(MEETING_KEYWORD.metaSchema) as object });
  return ajv;
}

/** Validates data with a compiled validator and returns Dutch and English messages per field. */
export function fieldErrors(validate: ValidateFunction, data: unknown): FieldError[] {
  if (validate(data)) return [];
  return localizeErrors(validate.errors ?? []);
}

/** Ajv errors as field errors with Dutch and English messages. */
export function localizeErrors(all: ErrorObject[]): FieldError[] {
  // Ajv also reports each item that did not match a `contains` subschema; those items are fine as they are. An `if`
  // error ("moet overeenkomen met "then" schema") only repeats the `then`/`else` errors beside it, and a choice
  // branch's `const` error is one per option: neither may reach a reader.
  const errors = all.filter((e) => !/(?<!\/properties)\/contains\//.test(e.schemaPath) && e.keyword !== 'if' && !CHOICE_BRANCH.test(e.schemaPath));
  const nl = errors.map((e) => ({ ...e }));
  const en = errors.map((e) => ({ ...e }));
  localizeNl(nl);
  localizeEn(en);
  return errors.map((error, i) => ({
    path: errorPath(error),
    keyword: error.keyword,
    message: error.keyword === 'type'
      ? typeMessage(String((error.params as { type?: unknown }).type))
      : SCHEMA_WORDS[error.keyword]
        ?? { nl: `${nl[i]?.message ?? 'ongeldige waarde'}${allowedValues(error)}`, en: `${en[i]?.message ?? 'invalid value'}${allowedValues(error)}` },
  }));
}

/** The `const` of one option of a choice (`oneOf`/`anyOf` of constants): the choice's own error says it once. */
const CHOICE_BRANCH = /\/(?:oneOf|anyOf)\/\d+\/const$/;

/**
 * Keywords whose ajv-i18n message names the schema, not the answer ('moet overeenkomen met een schema in "anyOf"'):
 * said in words a participant reads.
 */
const SCHEMA_WORDS: Readonly<Record<string, Localized>> = {
  oneOf: { nl: 'is geen van de mogelijke keuzes', en: 'is not one of the possible choices' },
  anyOf: { nl: 'is geen van de mogelijke keuzes', en: 'is not one of the possible choices' },
  not: { nl: 'is hier niet toegestaan', en: 'is not allowed here' },
  'false schema': { nl: 'hoort hier niet', en: 'does not belong here' },
};

/** For an `enum` error, the values that are allowed (`: go, nogo`), so the message says what would do. */
export function allowedValues(error: ErrorObject): string {
  const values = (error.params as { allowedValues?: unknown }).allowedValues;
  if (error.keyword !== 'enum' || !Array.isArray(values)) return '';
  const shown = values.slice(0, 10).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return `: ${shown.join(', ')}${values.length > 10 ? ', …' : ''}`;
}

const TYPE_NAMES: Record<string, [nl: string, en: string]> = {
  object: ['een object { … }', 'an object { … }'],
  array: ['een lijst [ … ]', 'a list [ … ]'],
  string: ['een tekst', 'a text'],
  number: ['een getal', 'a number'],
  integer: ['een geheel getal', 'a whole number'],
  boolean: ['ja of nee (true/false)', 'true or false'],
  null: ['leeg (null)', 'null'],
};

/**
 * The message for a wrong type. ajv-i18n's Dutch names only some types and leaves a gap for the others
 * ("moet een  (array) bevatten"), so we say it ourselves: "moet een lijst [ … ] zijn".
 */
export function typeMessage(type: string): Localized {
  const names = type.split(',').map((name) => TYPE_NAMES[name] ?? [name, name]);
  return {
    nl: `moet ${names.map(([nl]) => nl).join(' of ')} zijn`,
    en: `must be ${names.map(([, en]) => en).join(' or ')}`,
  };
}

/** The pointer of the field an error is about; for `required`, the missing field itself. */
function errorPath(error: ErrorObject): string {
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty?: string }).missingProperty ?? '';
    return `${error.instancePath}/${escapePointer(missing)}`;
  }
  return error.instancePath;
}
