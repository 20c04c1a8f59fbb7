import type { FormAccessSpec, JsonObject, JsonValue, TrajectoryDefinition } from '../format/types';
import { pointerSegments } from '../load/json';

type Access = Pick<TrajectoryDefinition, 'formAccess'>;

/** The access rule of a form, or undefined when everyone who sees the trajectory reads it. */
export function formAccessOf(def: Access, formId: string): FormAccessSpec | undefined {
  return def.formAccess && Object.hasOwn(def.formAccess, formId) ? def.formAccess[formId] : undefined;
}

/**
 * Whether holders of these roles (a viewer's roles in one trajectory) may read a form at all.
 * @example canReadForm(pdca, 'pdca-functioneringsgesprek', ['leerkracht']) // true
 */
export function canReadForm(def: Access, formId: string, roles: readonly string[]): boolean {
  const access = formAccessOf(def, formId);
  return access === undefined || access.read.some((r) => roles.includes(r));
}

/**
 * Whether these roles read the whole form, every restricted field included: only they may fill it in, since a
 * submission of answers one cannot see would wipe the hidden ones.
 */
export function canReadWholeForm(def: Access, formId: string, roles: readonly string[]): boolean {
  const access = formAccessOf(def, formId);
  if (access === undefined) return true;
  return canReadForm(def, formId, roles) && Object.values(access.fields ?? {}).every((readers) => readers.some((r) => roles.includes(r)));
}

/**
 * A form's answers as these roles may read them: null when they may not read the form, else the answers without
 * the fields they may not read (`*` in a field pointer stands for every item of a list). Pure; never changes
 * its input.
 * @example readableAnswers(def, 'gesprek', { oordeel: 'goed', afspraken: 'x' }, ['leerkracht']) // { oordeel: 'goed' } when /afspraken is directie-only
 */
export function readableAnswers(def: Access, formId: string, data: JsonObject, roles: readonly string[]): JsonObject | null {
  const access = formAccessOf(def, formId);
  if (access === undefined) return data;
  if (!canReadForm(def, formId, roles)) return null;
  let out: JsonValue = data;
  for (const [pointer, readers] of Object.entries(access.fields ?? {})) {
    if (readers.some((r) => roles.includes(r))) continue;
    out = without(out, pointerSegments(pointer));
  }
  return out as JsonObject;
}

/**
 * Every form's answers in a record (`context.forms`, a period's forms) as these roles may read them: unreadable
 * forms left out, restricted fields removed.
 */
export function readableForms(def: Access, forms: Readonly<Record<string, JsonObject>>, roles: readonly string[]): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [id, data] of Object.entries(forms)) {
    const readable = readableAnswers(def, id, data, roles);
    if (readable !== null) out[id] = readable;
  }
  return out;
}

/** A copy of `value` without what `segments` points at; the same value when nothing is there. */
function without(value: JsonValue, segments: readonly string[]): JsonValue {
  const [head, ...rest] = segments;
  if (head === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // The linter allows only `*` into a list (an index would hide a different answer once items move).
    if (head !== '*') return value;
    return rest.length === 0 ? [] : value.map((item) => without(item, rest));
  }
  if (!Object.hasOwn(value, head)) return value;
  if (rest.length === 0) {
    const { [head]: _gone, ...kept } = value;
    return kept;
  }
  return { ...value, [head]: without(value[head]!, rest) };
}
