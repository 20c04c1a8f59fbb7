/**
 * The same object with one top-level key set, keeping the order of its keys (a key it lacked goes last): the stored
 * JSON stays as the author wrote it apart from the one value.
 * @example withKey({ id: 'x', version: 1, title }, 'version', 3) // { id: 'x', version: 3, title }
 */
export function withKey(value: unknown, key: string, next: unknown): Record<string, unknown> {
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) out[k] = k === key ? next : v;
  if (!(key in out)) out[key] = next;
  return out;
}

/** A definition with its `version` set to the number it is published as. */
export const withVersion = (definition: unknown, version: number) => withKey(definition, 'version', version);
