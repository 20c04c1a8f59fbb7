import { type CompiledDefinition, type FieldError, type JsonObject, type Prefill, submitCheck } from '@koers/engine';
import type { CarriedOrigin } from '@koers/runner';
import type { Simulation } from './simulate';

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

/**
 * The earlier forms carried answers come from, each with the simulated moment it was last submitted (the last
 * moment its answers changed), as the server adds them for the participant's page.
 */
export function carriedOrigins(sim: Simulation, prefill: Prefill | undefined): CarriedOrigin[] {
  return (prefill?.from ?? []).map((origin) => {
    let at: string | null = null;
    sim.entries.forEach((entry, i) => {
      const answers = entry.snapshot.context.forms[origin.form];
      const before = i > 0 ? sim.entries[i - 1]!.snapshot.context.forms[origin.form] : undefined;
      if (answers !== undefined && JSON.stringify(answers) !== JSON.stringify(before)) at = entry.at;
    });
    return { title: origin.title, at };
  });
}
