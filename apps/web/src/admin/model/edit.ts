import type { JsonObject, JsonValue } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';

/*
 * Immutable edits of raw JSON that keep key order: a changed key stays where it was, a new key goes last, and
 * everything not on the edited path is shared with the old value (so React sees what changed, and the round trip
 * through the editors is lossless).
 */

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at a path of keys (array indices as numbers), or undefined when the path does not exist. */
export function getIn(root: JsonValue | undefined, keys: readonly (string | number)[]): JsonValue | undefined {
  let value: JsonValue | undefined = root;
  for (const key of keys) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isObject(value) && typeof key === 'string' && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * A copy of `root` with the value at `keys` replaced by `value`; `undefined` removes the key (or array item).
 * Missing objects on the way are created. The key keeps its place when it existed.
 * @example setIn(def, ['machine', 'states', 'intake', 'meta', 'title', 'nl'], 'Intake')
 */
export function setIn<T extends JsonValue>(root: T, keys: readonly (string | number)[], value: JsonValue | undefined): T {
  if (keys.length === 0) return (value ?? null) as T;
  const [key, ...rest] = keys as [string | number, ...(string | number)[]];
  if (Array.isArray(root) && typeof key === 'number') {
    const next = [...root];
    if (rest.length === 0 && value === undefined) next.splice(key, 1);
    else next[key] = setIn((root[key] ?? {}) as JsonValue, rest, value) as JsonValue;
    return next as T;
  }
  const object: JsonObject = isObject(root) ? root : {};
  const inner = rest.length === 0 ? value : setIn((object[key as string] ?? {}) as JsonValue, rest, value);
  if (inner === undefined) {
    if (!Object.hasOwn(object, key as string)) return object as T;
    const { [key as string]: _removed, ...others } = object;
    return others as T;
  }
  // Spreading keeps the order of existing keys and puts a new key last.
  return { ...object, [key as string]: inner } as T;
}

/** The keys from the definition's root to the state at `path`: `['machine', 'states', 'a', 'states', 'b']`. */
export function stateKeys(path: StatePath): string[] {
  return ['machine', ...path.flatMap((key) => ['states', key])];
}

/** The raw JSON of the state at `path` (`[]` is the machine itself), or undefined when there is none. */
export function stateAt(bundle: Bundle, path: StatePath): JsonObject | undefined {
  const value = getIn(bundle.definition, stateKeys(path));
  return isObject(value) ? value : undefined;
}

/** A bundle whose definition has `value` at `keys` (relative to the state at `path`); `undefined` removes it. */
export function setInState(bundle: Bundle, path: StatePath, keys: readonly (string | number)[], value: JsonValue | undefined): Bundle {
  return { ...bundle, definition: setIn(bundle.definition, [...stateKeys(path), ...keys], value) };
}

/** A bundle whose definition has `value` at `keys` from the definition's root; `undefined` removes it. */
export function setInDefinition(bundle: Bundle, keys: readonly (string | number)[], value: JsonValue | undefined): Bundle {
  return { ...bundle, definition: setIn(bundle.definition, keys, value) };
}

/** A bundle whose form number `index` has `value` at `keys`; `undefined` removes it. */
export function setInForm(bundle: Bundle, index: number, keys: readonly (string | number)[], value: JsonValue | undefined): Bundle {
  const forms = [...bundle.forms];
  forms[index] = setIn(bundle.forms[index] ?? {}, keys, value);
  return { ...bundle, forms };
}
