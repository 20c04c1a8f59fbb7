import { getAtPointer } from '../load/json';

/**
 * Whether an answer counts as not filled in: absent, null, text of only whitespace (also `''`) or an empty
 * list. 0 and false are answers. The one rule: the engine refuses with it, the runner and web page disable with it.
 * @example isEmptyAnswer('  ') // true
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * The required fields (JSON pointers) that are still empty in form data. The engine refuses an event with
 * any of these (`required-missing`); a UI uses the same rule to disable the action and say why.
 * @example missingRequired({ doelen: [] }, ['/doelen', '/besluit']) // ['/doelen', '/besluit']
 */
export function missingRequired(data: unknown, pointers: readonly string[]): string[] {
  return pointers.filter((pointer) => isEmptyAnswer(getAtPointer(data, pointer)));
}
