/** One segment of a JSON pointer, escaped (RFC 6901: `~` as `~0`, `/` as `~1`). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The JSON pointer of the first place where two JSON values differ, or undefined when they are equal.
 * Object keys are compared as sets, in sorted order: PostgreSQL's `jsonb` sorts keys, so key order
 * carries no meaning in a stored snapshot. Array order does.
 * @example firstDifference({ a: [1, 2] }, { a: [1, 3] }) // '/a/1'
 */
export function firstDifference(expected: unknown, actual: unknown, at = ''): string | undefined {
  if (Object.is(expected, actual)) return undefined;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      if (i >= expected.length || i >= actual.length) return `${at}/${i}`;
      const found = firstDifference(expected[i], actual[i], `${at}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const here = `${at}/${pointerSegment(key)}`;
      if (!Object.hasOwn(expected, key) || !Object.hasOwn(actual, key)) return here;
      const found = firstDifference(expected[key], actual[key], here);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return at;
}
