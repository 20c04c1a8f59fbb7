import type { FieldError } from '../errors';
import type { CompiledForm } from '../forms/form';
import { fieldLabels } from '../forms/fields';
import { missingRequired } from './required';

/** Why submitted answers are refused, and every field that says so; undefined when they would pass. */
export interface SubmitRefusal {
  reason: 'form-invalid' | 'required-missing';
  errors: FieldError[];
}

/**
 * What the engine says of answers sent with an event, before the guards: the form's own validation (schema and
 * `error` rules, Dutch and English messages) and then the event's required fields that are still empty
 * (`missingRequired`), each field once. The engine's `send` refuses with exactly this, and the browser (the
 * participant's form, the simulator) checks with it before sending, so both say the same, word for word.
 * @example submitCheck(def.forms.get('pd-intake'), data, ['/doelen'])?.errors
 */
export function submitCheck(form: CompiledForm | undefined, data: unknown, requiredFields: readonly string[]): SubmitRefusal | undefined {
  const invalid = form ? form.validate(data) : [];
  const flagged = new Set(invalid.map((e) => e.path));
  const missing = missingRequired(data, requiredFields)
    .map((pointer) => (pointer.startsWith('/') ? pointer : `/${pointer}`))
    .filter((path) => !flagged.has(path))
    .map((path) => requiredError(form, path));
  if (invalid.length === 0 && missing.length === 0) return undefined;
  return { reason: invalid.length > 0 ? 'form-invalid' : 'required-missing', errors: [...invalid, ...missing] };
}

function requiredError(form: CompiledForm | undefined, path: string): FieldError {
  const label = (form ? fieldLabels(form.definition, path) : undefined) ?? { nl: path.slice(1), en: path.slice(1) };
  return { path, keyword: 'required', message: { nl: `${label.nl} is verplicht voor deze stap`, en: `${label.en} is required for this step` } };
}
