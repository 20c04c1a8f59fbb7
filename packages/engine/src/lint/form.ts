import type { Problem } from '../errors';
import type { FormDefinition, JsonObject } from '../format/types';
import { type CompiledForm, compileForm } from '../forms/form';
import { getAtPointer } from '../load/json';

/**
 * Compiles and lints a form that matches the format schema: the JSON Schema must compile under strict Ajv,
 * UI-schema scopes must exist, and every example must be valid.
 */
export function lintForm(form: FormDefinition, file: string): { form?: CompiledForm; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (pointer: string, code: string, nl: string, en: string) =>
    problems.push({ file, pointer, code, message: { nl, en } });
  let compiled: CompiledForm;
  try {
    compiled = compileForm(form, file);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    report('/schema', 'bad-form-schema', `ongeldig JSON Schema: ${text}`, `invalid JSON Schema: ${text}`);
    return { problems };
  }
  if (form.uischema) checkUiElement(form.uischema, form.schema, '/uischema', report);
  (form.examples ?? []).forEach((example, i) => {
    for (const error of compiled.validate(example)) {
      report(`/examples/${i}${error.path}`, 'bad-example', `voorbeeld past niet bij het schema: ${error.message.nl}`,
        `example does not match the schema: ${error.message.en}`);
    }
  });
  if (!form.examples || form.examples.length === 0) {
    report('/examples', 'no-example', 'geef minstens één geldig voorbeeld (voor tests en demo)',
      'give at least one valid example (for tests and demos)');
  }
  return problems.length > 0 ? { problems } : { form: compiled, problems };
}

type Report = (pointer: string, code: string, nl: string, en: string) => void;

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
