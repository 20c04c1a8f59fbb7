import { DEFINITION_FILE, formFile, parseJson, type JsonObject, type Localized } from '@koers/engine';
import { jsonLanguage } from '@codemirror/lang-json';
import type { Bundle } from '../model/bundle';
import { locatePointer } from './pointer-locator';

/*
 * The JSON tab's text <-> the bundle. The text is the file exactly as written (keys in the order typed); only a
 * text that parses to a different value is a change, so opening the tab, moving around or re-indenting never
 * changes the bundle.
 */

/** Which file of the bundle: `definition` or `forms/<index>` (the names the engine's problems use). */
export type BundleFile = string;

/** What a text means for the bundle. */
export type TextOutcome =
  /** It parses to the value the bundle already has (only layout changed): nothing to propagate. */
  | { kind: 'same' }
  | { kind: 'changed'; value: JsonObject }
  /** It does not parse (or is no object): where and why; the bundle keeps its last good value. */
  | { kind: 'invalid'; message: Localized; from: number; to: number };

/** The text a file is shown as: two-space indented, keys in their stored order. */
export const formatJson = (value: JsonObject) => JSON.stringify(value, null, 2);

/** Same JSON, key order included (key order is part of what the admin wrote). */
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The raw JSON of one file of the bundle, or undefined when the bundle has no such file. */
export function fileValue(bundle: Bundle, file: BundleFile): JsonObject | undefined {
  if (file === DEFINITION_FILE) return bundle.definition;
  const index = formIndex(file);
  return index === undefined ? undefined : bundle.forms[index];
}

/** `forms/3` -> 3; undefined for the definition. */
export function formIndex(file: BundleFile): number | undefined {
  const match = /^forms\/(\d+)$/.exec(file);
  return match ? Number(match[1]) : undefined;
}

/** The bundle with one file replaced; everything else (other forms, the definition) is shared. */
export function withFile(bundle: Bundle, file: BundleFile, value: JsonObject): Bundle {
  if (file === DEFINITION_FILE) return { ...bundle, definition: value };
  const index = formIndex(file);
  if (index === undefined || index >= bundle.forms.length) return bundle;
  return { ...bundle, forms: bundle.forms.map((form, i) => (i === index ? value : form)) };
}

/** Where JSON.parse stopped, from its message (`... at position 12`); the end for "unexpected end". */
function parseStop(text: string): number {
  try {
    JSON.parse(text);
  } catch (error) {
    const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (match) return Math.min(Number(match[1]), text.length);
  }
  return text.length;
}

/**
 * Reads the text of `file` against its current value: a change to propagate, no change, or why it cannot be
 * read and where (with the engine's parser: duplicate keys and prototype keys are refused as on the server).
 * @example readJsonText('{"id": "x"}', bundle.definition, 'definition')
 */
export function readJsonText(text: string, current: JsonObject | undefined, file: BundleFile): TextOutcome {
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    const problem = parsed.problems[0]!;
    if (problem.pointer !== '') {
      const place = locatePointer(jsonLanguage.parser.parse(text), text, problem.pointer);
      const range = place?.key ?? place;
      if (range) return { kind: 'invalid', message: problem.message, from: range.from, to: range.to };
    }
    const stop = problem.code === 'malformed-json' ? parseStop(text) : 0;
    return { kind: 'invalid', message: problem.message, from: stop, to: Math.min(stop + 1, text.length) };
  }
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = file === DEFINITION_FILE ? { nl: 'De definitie', en: 'The definition' } : { nl: 'Een formulier', en: 'A form' };
    return {
      kind: 'invalid', from: 0, to: text.length,
      message: { nl: `${what.nl} moet een object zijn: { ... }`, en: `${what.en} must be an object: { ... }` },
    };
  }
  return sameJson(value, current) ? { kind: 'same' } : { kind: 'changed', value };
}


/**
 * The smallest single change that turns `current` into `next` (common start and end kept), so that showing
 * another tab's change keeps the cursor, the scroll position and the folds where they were.
 */
export function textChange(current: string, next: string): { from: number; to: number; insert: string } | undefined {
  if (current === next) return undefined;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = current.length;
  let endNext = next.length;
  while (end > start && endNext > start && current.charCodeAt(end - 1) === next.charCodeAt(endNext - 1)) {
    end--;
    endNext--;
  }
  return { from: start, to: end, insert: next.slice(start, endNext) };
}

export { DEFINITION_FILE, formFile };
