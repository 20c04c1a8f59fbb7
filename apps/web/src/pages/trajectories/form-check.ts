import { compileForm, submitCheck, type FieldError } from '@koers/engine';
import { formDefinition, type FormShape } from '../../api/trajectories';

/** Checks answers to a form before they are sent: every field that would be refused, or none. */
export type FormCheck = (data: unknown, requiredFields: readonly string[]) => FieldError[];

/**
 * The browser's check of a form as the page received it: compiled with the engine's one Ajv factory and checked
 * with the engine's own `submitCheck` (schema, the form's error rules, the event's required fields), so the page
 * refuses exactly what the server would, with the same words (test/form-checks.test.ts compares them over answers
 * to every shipped form).
 * @example formCheck(view.forms[0])(data, event.requiredFields ?? [])
 */
export function formCheck(form: FormShape): FormCheck {
  const compiled = compileForm(formDefinition(form), form.id);
  return (data, requiredFields) => submitCheck(compiled, data, requiredFields)?.errors ?? [];
}
