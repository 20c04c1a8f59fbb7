import type { ErrorObject, ValidateFunction } from 'ajv';
import localizeNl from 'ajv-i18n/localize/nl';
import definitionSchema from '../../schemas/definition.schema.json';
import formSchema from '../../schemas/form.schema.json';
import type { Problem } from '../errors';
import { allowedValues, createAjv, typeMessage } from '../forms/ajv';
import { escapePointer } from '../load/json';
import { ROLE_ID_PATTERN } from '../format/roles';

// The format schemas are ours and fixed: compile them once, with JavaScript's RegExp (see createAjv).
const ajv = createAjv({ strict: false, nativePatterns: true });
const validators: Record<'definition' | 'form', ValidateFunction> = {
  definition: ajv.compile(definitionSchema),
  form: ajv.compile(formSchema),
};

/** Checks a parsed file against the published format schema; problems carry JSON pointers. */
export function checkFormat(kind: 'definition' | 'form', value: unknown, file: string): Problem[] {
  const validate = validators[kind];
  if (validate(value)) return [];
  return summarize(validate.errors ?? []).map((error) => toProblem(error, file));
}

/**
 * Ajv reports every branch of a `oneOf`; keep the most useful error per location:
 * the deepest locations, and there a concrete keyword over `oneOf`/`anyOf`.
 */
function summarize(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const path = pathOf(error);
    const known = byPath.get(path);
    const weak = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if';
    if (!known || (weak(known) && !weak(error))) byPath.set(path, error);
  }
  const paths = [...byPath.keys()];
  // Drop a location when a deeper one under it explains the problem better.
  const kept = paths.filter((p) => {
    const e = byPath.get(p)!;
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'type') return true;
    return !paths.some((q) => q !== p && q.startsWith(`${p}/`));
  });
  return kept.slice(0, 50).map((p) => byPath.get(p)!);
}

function pathOf(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string; propertyName?: string };
  if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(params.missingProperty ?? '')}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escapePointer(params.additionalProperty ?? '')}`;
  // A bad key (`propertyNames`): point at the key itself, not at the object holding it.
  const key = error.propertyName ?? (error.keyword === 'propertyNames' ? params.propertyName : undefined);
  if (key !== undefined) return `${error.instancePath}/${escapePointer(key)}`;
  return error.instancePath;
}

function toProblem(error: ErrorObject, file: string): Problem {
  const nl = { ...error };
  localizeNl([nl]);
  const pointer = pathOf(error);
  let nlText = nl.message ?? 'ongeldig';
  let enText = error.message ?? 'invalid';
  if (error.keyword === 'additionalProperties') {
    nlText = 'onbekend veld';
    enText = 'unknown field';
  } else if (error.keyword === 'required') {
    nlText = 'verplicht veld ontbreekt';
    enText = 'required field is missing';
  } else if (error.keyword === 'enum') {
    nlText += allowedValues(error);
    enText += allowedValues(error);
  } else if (error.keyword === 'type') {
    ({ nl: nlText, en: enText } = typeMessage(String((error.params as { type?: unknown }).type)));
  } else if (error.keyword === 'pattern' || error.keyword === 'propertyNames') {
    const described = describePattern(error);
    nlText = `${nlText} (${described.nl})`;
    enText = `${enText} (${described.en})`;
  }
  return { file, pointer, code: `format-${error.keyword}`, message: { nl: nlText, en: enText } };
}

function describePattern(error: ErrorObject): { nl: string; en: string } {
  const pattern = String((error.params as { pattern?: string }).pattern ?? '');
  if (pattern === ROLE_ID_PATTERN) {
    return { nl: 'rol-id: kleine letters, cijfers en -, beginnend met een letter', en: 'role id: lowercase letters, digits and -, starting with a letter' };
  }
  if (pattern.startsWith('^[a-z0-9]')) return { nl: 'kleine letters, cijfers en -', en: 'lowercase letters, digits and -' };
  if (pattern.startsWith('^[A-Z]')) return { nl: 'HOOFDLETTERS, cijfers en _', en: 'CAPITALS, digits and _' };
  if (pattern.startsWith('^[A-Za-z]')) {
    return { nl: 'letters, cijfers en _, beginnend met een letter', en: 'letters, digits and _, starting with a letter' };
  }
  if (pattern.startsWith('^P')) return { nl: 'ISO 8601-duur zoals P14D of P3M', en: 'ISO 8601 duration such as P14D or P3M' };
  return { nl: pattern, en: pattern };
}
