import { escapePointer } from './json';

/** Where in a text: 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

type Frame = { kind: 'object'; pointer: string; keys: Set<string>; key: string; expectKey: boolean }
  | { kind: 'array'; pointer: string; index: number };

/**
 * The first key that appears twice in one object of well-formed JSON text, with its pointer and offset.
 * `JSON.parse` silently keeps the last one, so a reviewer could read other permissions than the product uses.
 * Call it only on text `JSON.parse` accepted.
 * @example findDuplicateKey('{"a": 1, "a": 2}') // { pointer: '/a', key: 'a', offset: 9 }
 */
export function findDuplicateKey(text: string): { pointer: string; key: string; offset: number } | undefined {
  const stack: Frame[] = [];
  const valuePointer = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    return top.kind === 'object' ? `${top.pointer}/${escapePointer(top.key)}` : `${top.pointer}/${top.index}`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { pointer: `${top.pointer}/${escapePointer(key)}`, key, offset: start };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    } else if (c === '{') {
      stack.push({ kind: 'object', pointer: valuePointer(), keys: new Set(), key: '', expectKey: true });
    } else if (c === '[') {
      stack.push({ kind: 'array', pointer: valuePointer(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
  }
  return undefined;
}
