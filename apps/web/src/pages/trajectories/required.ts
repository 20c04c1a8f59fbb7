import { type FormDefinition, type Lang, getAtPointer, missingRequired } from '@koers/engine';
import { fieldLabel } from '@koers/runner';

/** The value a JSON pointer names in the form data, or undefined when any part of the way is missing. */
export function valueAt(data: unknown, pointer: string): unknown {
  return getAtPointer(data, pointer);
}

/**
 * The required fields (JSON pointers) that are still empty: the engine's own rule, so the page disables exactly
 * what the server would refuse as `required-missing`.
 */
export function missingFields(data: unknown, requiredFields: readonly string[]): string[] {
  return missingRequired(data, requiredFields);
}

/**
 * The labels of the required fields that are still empty, in the order the event lists them: schema titles in
 * Dutch, `i18n.en` labels in English. An empty list means the event may be sent (the server still validates).
 */
export function missingFieldLabels(
  form: Pick<FormDefinition, 'schema' | 'i18n'>, data: unknown, requiredFields: readonly string[], lang: Lang,
): string[] {
  return missingFields(data, requiredFields).map((pointer) => fieldLabel(form, pointer, lang));
}
