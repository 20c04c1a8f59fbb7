import type { Problem } from '../errors';
import type { JsonValue } from '../format/types';
import { localized } from '../format/localize';
import { findDuplicateKey, lineAndColumn } from './duplicate-keys';

export interface ParseLimits {
  /** Largest accepted text, in characters. */
  maxLength: number;
  /** Deepest accepted nesting of objects and arrays. */
  maxDepth: number;
}

/**
 * How deeply a workflow or form may nest objects and arrays, wherever it arrives (a file, the API). Nested
 * states with guards and actions reach about 20 levels in the shipped types; 48 leaves room and still
 * bounds the parser's work.
 */
export const DEFINITION_MAX_DEPTH = 48;

export const DEFAULT_LIMITS: ParseLimits = { maxLength: 2 * 1024 * 1024, maxDepth: DEFINITION_MAX_DEPTH };

/** Keys that could reach an object's prototype when data is merged or looked up by path. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: JsonValue } | { ok: false; problems: Problem[] };

/**
 * Parses untrusted JSON text: bounded size and depth, no prototype keys, positions in errors.
 * @example parseJson('{"id": "x"}', 'workflows/x.json')
 */
export function parseJson(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS): ParseResult {
  const fail = (pointer: string, code: string, nl: string, en: string): ParseResult => ({
    ok: false,
    problems: [{ file, pointer, code, message: localized(nl, en) }],
  });
  if (text.length > limits.maxLength) {
    return fail('', 'too-large', `bestand is te groot (${text.length} tekens, max ${limits.maxLength})`,
      `file is too large (${text.length} characters, max ${limits.maxLength})`);
  }
  const depth = maxNesting(text);
  if (depth > limits.maxDepth) {
    return fail('', 'too-deep', `te diep genest (${depth} niveaus, max ${limits.maxDepth})`,
      `nested too deeply (${depth} levels, max ${limits.maxDepth})`);
  }
  let value: JsonValue;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    value = JSON.parse(body) as JsonValue;
  } catch (error) {
    if (body.trim() === '') return fail('', 'malformed-json', 'leeg bestand: geen JSON', 'empty file: no JSON');
    const why = explain(body, error);
    return fail('', 'malformed-json', `geen geldige JSON: ${why.nl}`, `not valid JSON: ${why.en}`);
  }
  const duplicate = findDuplicateKey(body);
  if (duplicate) {
    const { line, column } = lineAndColumn(body, duplicate.offset);
    return fail(duplicate.pointer, 'duplicate-key',
      `sleutel "${duplicate.key}" staat twee keer in hetzelfde object (regel ${line}, kolom ${column}); laat er één staan`,
      `key "${duplicate.key}" appears twice in the same object (line ${line}, column ${column}); keep one`);
  }
  const bad = findForbiddenKey(value, '');
  if (bad !== undefined) {
    return fail(bad, 'forbidden-key', 'sleutel niet toegestaan (__proto__, constructor of prototype)',
      'key not allowed (__proto__, constructor or prototype)');
  }
  return { ok: true, value };
}

/** Maximum bracket nesting outside strings, without building anything. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** What the parser tripped over, in words a form designer understands, and where (V8 does not always say). */
const REASONS: Array<[RegExp, string, string]> = [
  [/^Unexpected end of JSON input/, 'het bestand houdt halverwege op', 'the file stops half-way'],
  [/^Unexpected token '(.+?)'/, "onverwacht teken '$1'", "unexpected character '$1'"],
  [/^Expected (double-quoted property name|property name or '\}')/,
    'hier hoort een veldnaam tussen dubbele aanhalingstekens (een komma te veel?)', 'a property name in double quotes belongs here (a comma too many?)'],
  [/^Expected ',' or '\}'/, 'hier hoort een komma of }', 'a comma or } belongs here'],
  [/^Expected ',' or '\]'/, 'hier hoort een komma of ]', 'a comma or ] belongs here'],
  [/^Expected ':'/, 'hier hoort een dubbele punt', 'a colon belongs here'],
  [/^Unexpected non-whitespace character after JSON/, 'na het einde van de JSON staat nog tekst', 'there is more text after the end of the JSON'],
  [/^Bad control character/, 'een tekst bevat een regeleinde of tab; schrijf \\n of \\t', 'a string contains a line break or tab; write \\n or \\t'],
  [/^Unexpected number/, 'onverwacht getal (een voorloopnul?)', 'unexpected number (a leading zero?)'],
  [/^Unexpected string/, 'onverwachte tekst (een komma vergeten?)', 'unexpected string (a missing comma?)'],
  [/^Unterminated string/, 'een tekst wordt niet afgesloten met "', 'a string is not closed with "'],
];

function explain(text: string, error: unknown): { nl: string; en: string } {
  const msg = error instanceof Error ? error.message : String(error);
  let nl = `de parser meldt: ${msg}`;
  let en = msg;
  for (const [pattern, nlReason, enReason] of REASONS) {
    const found = pattern.exec(msg);
    if (!found) continue;
    nl = nlReason.replace('$1', found[1] ?? '');
    en = enReason.replace('$1', found[1] ?? '');
    break;
  }
  const match = /position (\d+)/.exec(msg);
  const offset = match ? Number(match[1]) : /^Unexpected end/.test(msg) ? text.length : undefined;
  if (offset === undefined) return { nl, en };
  const code = text.charCodeAt(offset);
  if (/^Bad control character/.test(msg) && code !== 10 && code !== 13 && code !== 9) {
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    nl = `een tekst bevat een onzichtbaar stuurteken ${name}; haal het weg`;
    en = `a string contains an invisible control character ${name}; remove it`;
  }
  const { line, column } = lineAndColumn(text, offset);
  return { nl: `${nl} (regel ${line}, kolom ${column})`, en: `${en} (line ${line}, column ${column})` };
}

/** Returns the JSON pointer of the first forbidden key, if any. */
export function findForbiddenKey(value: unknown, pointer: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${pointer}/${i}`);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = `${pointer}/${escapePointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) return child;
      const found = findForbiddenKey((value as Record<string, unknown>)[key], child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Splits a JSON pointer (`/a/0/b`) into segments; also accepts a bare field name (`a`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map(unescapePointer);
}

/** Reads the value at a JSON pointer; undefined when absent. Never walks into prototypes. */
export function getAtPointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of pointerSegments(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
