import { getAtPointer } from '../load/json';

/** Whether an answer counts as not filled in: absent, null, an empty text or an empty list (0 and false count). */
export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The required fields (JSON pointers) that are still empty in form data. The engine refuses an event with
 * any of these (`required-missing`); a UI uses the same rule to disable the action and say why.
 * @example missingRequired({ doelen: [] }, ['/doelen', '/besluit']) // ['/doelen', '/besluit']
 */
export function missingRequired(data: unknown, pointers: readonly string[]): string[] {
  return pointers.filter((pointer) => isEmptyAnswer(getAtPointer(data, pointer)));
}
