import { type CompiledDefinition, type FieldError, type JsonObject, fieldLabels, missingRequired } from '@koers/engine';

/**
 * What the server would say of an event's form answers, before sending: the compiled form's own validation
 * and the event's required fields that are still empty (the engine's one rule, `missingRequired`), each next to
 * its field. Empty when the answers would pass; the guards are the engine's to judge on sending.
 */
export function formErrors(compiled: CompiledDefinition, formId: string, data: JsonObject, requiredFields: readonly string[]): FieldError[] {
  const form = compiled.forms.get(formId);
  if (!form) return [];
  const invalid = form.validate(data);
  const flagged = new Set(invalid.map((e) => e.path));
  const missing = missingRequired(data, requiredFields)
    .map((pointer) => (pointer.startsWith('/') ? pointer : `/${pointer}`))
    .filter((path) => !flagged.has(path))
    .map((path): FieldError => {
      const label = fieldLabels(form.definition, path) ?? { nl: path.slice(1), en: path.slice(1) };
      return { path, keyword: 'required', message: { nl: `${label.nl} is verplicht voor deze stap`, en: `${label.en} is required for this step` } };
    });
  return [...invalid, ...missing];
}

/** The example answers of a form (what "vul het voorbeeld in" fills in), copies so that editing them is safe. */
export function formExamples(compiled: CompiledDefinition, formId: string): JsonObject[] {
  return (compiled.forms.get(formId)?.definition.examples ?? []).map((example) => structuredClone(example));
}
