import { getAtPointer } from '../load/json';

/**
 * Whether an answer counts as not filled in: absent, null, text of only whitespace (also `''`), a list whose
 * items are all empty (also `[]`), or an object whose values are all empty (`{}`, a row added to a repeatable
 * group and left blank: `{ "doel": "" }`). 0 and false are answers. The one rule: the engine refuses with it,
 * the runner and web page disable with it, so an empty added row enables nothing the server would then refuse.
 * @example isEmptyAnswer('  ') // true
 * @example isEmptyAnswer([{ doel: '' }]) // true: one added row, nothing in it
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyAnswer);
  if (typeof value === 'object') return Object.values(value).every(isEmptyAnswer);
  return false;
}

/**
 * The required fields (JSON pointers) that are still empty in form data. The engine refuses an event with
 * any of these (`required-missing`); a UI uses the same rule to disable the action and say why.
 * @example missingRequired({ doelen: [] }, ['/doelen', '/besluit']) // ['/doelen', '/besluit']
 */
export function missingRequired(data: unknown, pointers: readonly string[]): string[] {
  return pointers.filter((pointer) => isEmptyAnswer(getAtPointer(data, pointer)));
}
