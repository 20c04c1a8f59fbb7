import type { Ajv } from 'ajv';
import type { FieldError, Problem } from '../errors';
import type { FormDefinition, JsonObject } from '../format/types';
import { type CompiledForm, compileForm, schemaErrors } from '../forms/form';
import { escapePointer, getAtPointer } from '../load/json';
import { NAMED } from '../forms/schema-words';
import { checkSchemaRefs } from './schema-refs';
import { nestedQuantifier, schemaPatterns, supportedPattern } from './patterns';
import { checkMeetings } from './meetings';
import { checkFormRules } from './form-rules';

/**
 * Compiles and lints a form that matches the format schema: the JSON Schema must compile under strict Ajv,
 * UI-schema scopes must exist, and every example must be valid. `ajv` compiles the schema (see compileForm).
 */
export function lintForm(form: FormDefinition, file: string, ajv?: Ajv): { form?: CompiledForm; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (pointer: string, code: string, nl: string, en: string) =>
    problems.push({ file, pointer, code, message: { nl, en } });
  checkSchemaRefs(form.schema, report);
  if (problems.length > 0) return { problems };
  const invalid = new Map<string, FieldError>();
  for (const error of schemaErrors(form.schema)) if (!invalid.has(error.path)) invalid.set(error.path, error);
  for (const [path, error] of invalid) {
    report(`/schema${path}`, 'bad-form-schema', `ongeldig JSON Schema: ${error.message.nl}`, `invalid JSON Schema: ${error.message.en}`);
  }
  for (const { pointer, source } of schemaPatterns(form.schema)) {
    if (!supportedPattern(source)) {
      report(`/schema${pointer}`, 'unsupported-pattern',
        'patroon gebruikt iets wat de veilige patroonmachine (RE2) niet kent, zoals vooruitkijken (?=…), terugkijken (?<=…) of een terugverwijzing \\1; schrijf het zonder',
        'pattern uses something the safe regex engine (RE2) does not support, such as a lookahead (?=…), lookbehind (?<=…) or backreference \\1; write it without');
    } else if (nestedQuantifier(source)) {
      report(`/schema${pointer}`, 'unsafe-pattern',
        'patroon met geneste herhaling (zoals (a+)+, (.*a){12} of (a|a?)+): dat kan eindeloos rekenen; herschrijf het zonder geneste herhaling',
        'pattern with nested repetition (such as (a+)+, (.*a){12} or (a|a?)+): it can compute forever; rewrite it without nested repetition');
    }
  }
  checkMeetings(form.schema, report);
  if (problems.length > 0) return { problems };
  let compiled: CompiledForm;
  try {
    compiled = compileForm(form, file, ajv);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const keyword = /unknown keyword: "([^"]*)"/.exec(text)?.[1];
    if (keyword !== undefined) {
      report(`/schema${findKey(form.schema, keyword) ?? ''}`, 'bad-form-schema', `onbekend sleutelwoord "${keyword}" in het JSON Schema`,
        `unknown keyword "${keyword}" in the JSON Schema`);
    } else {
      const at = `/schema${/(?:at|path) "#(\/[^"]*)?"/.exec(text)?.[1] ?? ''}`;
      const format = /unknown format "([^"]*)"/.exec(text)?.[1];
      const typed = /missing type "([^"]*)" for keyword "([^"]*)"/.exec(text);
      if (format !== undefined) {
        report(at, 'bad-form-schema', `onbekend formaat "${format}" (bijvoorbeeld: date, date-time, email, uri)`,
          `unknown format "${format}" (for example: date, date-time, email, uri)`);
      } else if (typed) {
        report(at, 'bad-form-schema', `"${typed[2]}" vraagt hier om "type": "${typed[1]}"`, `"${typed[2]}" needs "type": "${typed[1]}" here`);
      } else {
        report(at, 'bad-form-schema', `ongeldig JSON Schema: ${text}`, `invalid JSON Schema: ${text}`);
      }
    }
    return { problems };
  }
  if (form.uischema) checkUiElement(form.uischema, form.schema, '/uischema', report);
  const before = problems.length;
  checkFormRules(form, report);
  // Rules the linter refused say nothing about the examples (a misspelt field reads as empty).
  const rulesSound = problems.length === before;
  (form.examples ?? []).forEach((example, i) => {
    for (const error of compiled.validate(example)) {
      if (error.keyword === 'rule') {
        if (!rulesSound) continue;
        report(`/examples/${i}${error.path}`, 'example-breaks-rule', `voorbeeld houdt zich niet aan een regel van het formulier: ${error.message.nl}`,
          `example breaks a rule of the form: ${error.message.en}`);
      } else {
        report(`/examples/${i}${error.path}`, 'bad-example', `voorbeeld past niet bij het schema: ${error.message.nl}`,
          `example does not match the schema: ${error.message.en}`);
      }
    }
  });
  if (!form.examples || form.examples.length === 0) {
    report('/examples', 'no-example', 'geef minstens één geldig voorbeeld (voor tests en demo)',
      'give at least one valid example (for tests and demos)');
  }
  return problems.length > 0 ? { problems } : { form: compiled, problems };
}

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/** Where a keyword is used (depth first, skipping field names); Ajv names only the keyword. */
function findKey(value: unknown, key: string, pointer = '', names = false): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [name, child] of entries) {
    const at = `${pointer}/${escapePointer(name)}`;
    if (!Array.isArray(value) && !names && name === key) return at;
    const found = findKey(child, key, at, !names && !Array.isArray(value) && NAMED.has(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkUiElement(element: JsonObject, schema: JsonObject, pointer: string, report: Report): void {
  const scope = element.scope;
  if (typeof scope === 'string' && getAtPointer(schema, scope.slice(1)) === undefined) {
    report(`${pointer}/scope`, 'unknown-scope', `scope "${scope}" bestaat niet in het schema`, `scope "${scope}" does not exist in the schema`);
  }
  if (element.type === 'Control' && typeof scope !== 'string') {
    report(pointer, 'control-without-scope', 'een Control heeft een scope nodig', 'a Control needs a scope');
  }
  const rule = element.rule as JsonObject | undefined;
  const condition = rule?.condition as JsonObject | undefined;
  if (condition && typeof condition.scope === 'string' && getAtPointer(schema, condition.scope.slice(1)) === undefined) {
    report(`${pointer}/rule/condition/scope`, 'unknown-scope', `scope "${condition.scope}" bestaat niet in het schema`,
      `scope "${condition.scope}" does not exist in the schema`);
  }
  const elements = element.elements;
  if (Array.isArray(elements)) {
    elements.forEach((child, i) => {
      if (child && typeof child === 'object' && !Array.isArray(child)) checkUiElement(child, schema, `${pointer}/elements/${i}`, report);
    });
  }
  // Array controls may carry a detail layout for their items.
  const detail = (element.options as JsonObject | undefined)?.detail;
  const itemSchema = typeof scope === 'string' ? (getAtPointer(schema, `${scope.slice(1)}/items`) as JsonObject | undefined) : undefined;
  if (detail && typeof detail === 'object' && !Array.isArray(detail) && itemSchema) {
    checkUiElement(detail, itemSchema, `${pointer}/options/detail`, report);
  }
}
