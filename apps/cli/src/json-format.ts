/**
 * JSON as the shipped workflows and forms are written: two-space indentation, and (below the top) an object or list on one line
 * (`{ "nl": "…", "en": "…" }`, `["a", "b"]`) when that line fits in `width` characters; otherwise one entry a line.
 * Key order is kept, so an exported type can be committed beside hand-written ones.
 * @example formatJson({ title: { nl: 'Intake', en: 'Intake' } }) // '{\n  "title": { "nl": "Intake", "en": "Intake" }\n}\n'
 */
export function formatJson(value: unknown, width = 120): string {
  // The file's own object is always one entry a line, as every shipped file is.
  return `${render(value, '', Infinity, width)}\n`;
}

/** One line: `{ "a": 1, "b": [1, 2] }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** `value` after `used` characters of its line (indentation and key) at `indent`. */
function render(value: unknown, indent: string, used: number, width: number): string {
  const flat = inline(value);
  if (value === null || typeof value !== 'object' || flat === '{}' || flat === '[]' || used + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${render(v, inner, inner.length, width)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  return `{\n${entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return `${inner}${key}${render(v, inner, inner.length + key.length, width)}`;
  }).join(',\n')}\n${indent}}`;
}
