import type { FormDefinition, Lang } from '@koers/engine';
import { fieldLabel, isEmptyValue, pointerSegments } from '@koers/runner';

/** The value a JSON pointer names in the form data, or undefined when any part of the way is missing. */
export function valueAt(data: unknown, pointer: string): unknown {
  let value: unknown = data;
  for (const segment of pointerSegments(pointer)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The required fields (JSON pointers) that are still empty: undefined, null, '' or an empty list. */
export function missingFields(data: unknown, requiredFields: readonly string[]): string[] {
  return requiredFields.filter((pointer) => isEmptyValue(valueAt(data, pointer)));
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
