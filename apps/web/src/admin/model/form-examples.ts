import { compileForm, type FieldError, type FormDefinition, type JsonObject } from '@koers/engine';
import { setIn } from './edit';

/*
 * A form's example answers (`examples`): `koers paths`, the tests and the demo data send them through the
 * machine, so each must be valid; the builder checks them with the same compiled validator participants get.
 */

/** A form's validator, or the reason its schema does not compile (shown instead of a preview). */
export function compileDraft(form: JsonObject): { validate: (data: unknown) => FieldError[] } | { failure: string } {
  try {
    return compileForm(form as unknown as FormDefinition, 'preview');
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

/** The form's examples (an absent list is empty). */
export function examplesOf(form: JsonObject): JsonObject[] {
  const list = form.examples;
  return Array.isArray(list) ? list.filter((e): e is JsonObject => e !== null && typeof e === 'object' && !Array.isArray(e)) : [];
}

/** The form with `data` added as its last example. */
export function addExample(form: JsonObject, data: JsonObject): JsonObject {
  return setIn(form, ['examples'], [...examplesOf(form), structuredClone(data)]);
}

/** The form with example `index` replaced by `data`. */
export function replaceExample(form: JsonObject, index: number, data: JsonObject): JsonObject {
  return setIn(form, ['examples', index], structuredClone(data));
}

/** The form without example `index`. */
export function removeExample(form: JsonObject, index: number): JsonObject {
  return setIn(form, ['examples', index], undefined);
}
