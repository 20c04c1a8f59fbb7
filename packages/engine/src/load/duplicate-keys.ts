import { escapePointer } from './json';

/** Where in a text: 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

type Frame = { kind: 'object'; keys: Set<string>; key: string; expectKey: boolean } | { kind: 'array'; index: number };

/** The pointer of the value being read in the innermost frame; built only when a duplicate is found. */
const pointerOf = (stack: Frame[]): string =>
  stack.map((f) => `/${f.kind === 'object' ? escapePointer(f.key) : f.index}`).join('');

/**
 * The first key that appears twice in one object of well-formed JSON text, with its pointer and offset.
 * `JSON.parse` silently keeps the last one, so a reviewer could read other permissions than the product uses.
 * Call it only on text `JSON.parse` accepted.
 * @example findDuplicateKey('{"a": 1, "a": 2}') // { pointer: '/a', key: 'a', offset: 9 }
 */
export function findDuplicateKey(text: string): { pointer: string; key: string; offset: number } | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) { // "
      const start = i;
      let escaped = false;
      for (i = text.indexOf('"', i + 1); ; i = text.indexOf('"', i + 1)) {
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
        escaped = true;
      }
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const raw = text.slice(start + 1, i);
        const key = escaped || raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) {
          top.key = key;
          return { pointer: pointerOf(stack), key, offset: start };
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    } else if (c === 123) { // {
      stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true });
    } else if (c === 91) { // [
      stack.push({ kind: 'array', index: 0 });
    } else if (c === 125 || c === 93) { // } ]
      stack.pop();
    } else if (c === 44) { // ,
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}
