import { type CompiledDefinition, type FieldError, type JsonObject, submitCheck } from '@koers/engine';

/**
 * What the server would say of an event's form answers, before sending: the engine's own `submitCheck` (the
 * form's validation and the event's required fields that are still empty), each next to its field. Empty when
 * the answers would pass; the guards are the engine's to judge on sending.
 */
export function formErrors(compiled: CompiledDefinition, formId: string, data: JsonObject, requiredFields: readonly string[]): FieldError[] {
  const form = compiled.forms.get(formId);
  if (!form) return [];
  return submitCheck(form, data, requiredFields)?.errors ?? [];
}

/** The example answers of a form (what "vul het voorbeeld in" fills in), copies so that editing them is safe. */
export function formExamples(compiled: CompiledDefinition, formId: string): JsonObject[] {
  return (compiled.forms.get(formId)?.definition.examples ?? []).map((example) => structuredClone(example));
}
