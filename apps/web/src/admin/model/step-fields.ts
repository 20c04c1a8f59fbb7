import type { JsonValue, Lang } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { getIn, setInState, stateAt } from './edit';

/*
 * The fields of one step that the step panel edits, each at its place in the state's raw JSON. Reading a field
 * and writing the same value back changes nothing; a field the panel empties is removed, not left empty.
 */

/** A text field of the step in one language. */
export type StepText = 'title' | 'instructions';
/** A list of ids the step names. */
export type StepList = 'forms' | 'reference' | 'roles';

/** Where each modelled field lives, relative to the state. */
export const STEP_FIELDS = {
  title: ['meta', 'title'],
  instructions: ['meta', 'instructions'],
  forms: ['meta', 'forms'],
  reference: ['meta', 'reference'],
  roles: ['meta', 'roles'],
  expectedDuration: ['meta', 'expectedDuration'],
  description: ['description'],
  tags: ['tags'],
} as const;

export type StepField = keyof typeof STEP_FIELDS;

/** The raw value of a modelled field of the step, or undefined. */
export function readStepField(bundle: Bundle, path: StatePath, field: StepField): JsonValue | undefined {
  return getIn(stateAt(bundle, path), STEP_FIELDS[field]);
}

/** Writes a modelled field of the step (undefined removes it); nothing else in the definition changes. */
export function writeStepField(bundle: Bundle, path: StatePath, field: StepField, value: JsonValue | undefined): Bundle {
  return setInState(bundle, path, STEP_FIELDS[field], value);
}

/** A step text in one language ('' when missing). */
export function readStepText(bundle: Bundle, path: StatePath, field: StepText, lang: Lang): string {
  const value = getIn(stateAt(bundle, path), [...STEP_FIELDS[field], lang]);
  return typeof value === 'string' ? value : '';
}

/** Sets a step text in one language; emptying both languages of optional instructions removes them. */
export function writeStepText(bundle: Bundle, path: StatePath, field: StepText, lang: Lang, text: string): Bundle {
  const next = setInState(bundle, path, [...STEP_FIELDS[field], lang], text);
  const other = readStepText(next, path, field, lang === 'nl' ? 'en' : 'nl');
  return field === 'instructions' && text === '' && other === '' ? writeStepField(next, path, field, undefined) : next;
}

/** A list of ids the step names (strings only; [] when missing). */
export function readStepList(bundle: Bundle, path: StatePath, field: StepList): string[] {
  const value = readStepField(bundle, path, field);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Adds or removes one id in the step's list, keeping the order; an emptied list is removed. */
export function toggleInStepList(bundle: Bundle, path: StatePath, field: StepList, id: string, on: boolean): Bundle {
  const value = readStepField(bundle, path, field);
  const list = Array.isArray(value) ? value : [];
  const next = on ? (list.includes(id) ? list : [...list, id]) : list.filter((v) => v !== id);
  return writeStepField(bundle, path, field, next.length > 0 ? next : undefined);
}
