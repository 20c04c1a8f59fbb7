import type { JsonObject, JsonValue } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { getIn, setInState, stateAt } from './edit';
import { allFields, isObject } from './form-fields';

/*
 * A step's carried-over answers (`meta.prefill`) and sign-offs (`meta.signoff`) as the process editor edits them.
 * An emptied form entry, prefill or sign-off list is removed, not left empty.
 */

/** Per form of the step, per field pointer, its expression. */
export function readPrefill(bundle: Bundle, path: StatePath): Record<string, Record<string, JsonValue>> {
  const value = getIn(stateAt(bundle, path), ['meta', 'prefill']);
  return isObject(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => isObject(v))) as Record<string, Record<string, JsonValue>> : {};
}

/** Sets (or with undefined removes) the expression of one field of one form. */
export function writePrefill(bundle: Bundle, path: StatePath, form: string, pointer: string, expr: JsonValue | undefined): Bundle {
  const all = readPrefill(bundle, path);
  const fields: Record<string, JsonValue> = { ...(all[form] ?? {}) };
  if (expr === undefined) delete fields[pointer];
  else fields[pointer] = expr;
  const next: JsonObject = { ...all, [form]: fields };
  if (Object.keys(fields).length === 0) delete next[form];
  return setInState(bundle, path, ['meta', 'prefill'], Object.keys(next).length > 0 ? next : undefined);
}

/** The data pointers a form offers to prefill: its fields outside repeatable groups (`/doel`, `/adres/plaats`). */
export function prefillableFields(form: JsonObject | undefined): string[] {
  if (!form) return [];
  return allFields(form).map((f) => f.pointer).filter((p) => !p.includes('/items')).map((p) => p.replace(/\/properties\//g, '/'));
}

/** The step's sign-offs by key. */
export function readSignoffs(bundle: Bundle, path: StatePath): Record<string, JsonObject> {
  const value = getIn(stateAt(bundle, path), ['meta', 'signoff']);
  return isObject(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => isObject(v))) as Record<string, JsonObject> : {};
}

/** Sets (or with undefined removes) one sign-off of the step. */
export function writeSignoff(bundle: Bundle, path: StatePath, key: string, spec: JsonObject | undefined): Bundle {
  const all: JsonObject = { ...readSignoffs(bundle, path) };
  if (spec === undefined) delete all[key];
  else all[key] = spec;
  return setInState(bundle, path, ['meta', 'signoff'], Object.keys(all).length > 0 ? all : undefined);
}

/** A new sign-off as the editor starts it: a title to fill in and no requesting roles yet. */
export function newSignoff(key: string): JsonObject {
  return { title: { nl: key, en: key }, requestRoles: [] };
}
