import type { JsonObject, JsonValue, Localized } from '../format/types';
import { DIFF_WORDS, type DiffWord } from './diff-words';

/* The pieces the readable diff is made of: equality without key order, named parts, sentences. */

/** A type as the admin and the API hold it: its definition and its forms, raw JSON. */
export interface BundleJson {
  definition: JsonObject;
  forms: readonly JsonObject[];
}

/** What a change is about. */
export type ChangeSubject = 'type' | 'role' | 'step' | 'event' | 'form' | 'field';

/** One change between two versions of a type, in the domain's words. */
export interface BundleChange {
  change: 'added' | 'removed' | 'changed';
  subject: ChangeSubject;
  /** Where: a role id, a step path (`uitvoering.begeleiding`), `step path` + event (`''` for automatic choices), a form id (+ field pointer). */
  step?: string;
  event?: string;
  role?: string;
  form?: string;
  field?: string;
  /** For `changed`: what changed in it (`titel`, `rollen`, …). */
  parts: DiffWord[];
  /** The whole change as a sentence: `Stap "Intake" gewijzigd: titel, rollen`. */
  description: Localized;
}

export const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
export const objectAt = (value: JsonValue | undefined): JsonObject => (isObject(value) ? value : {});

/** Deep equality that ignores key order. */
export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return canonical(a) === canonical(b);
}
function canonical(value: JsonValue | undefined): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** Which of `keys` (paths from the element, named by a word) differ; anything else that differs is `other`. */
export function changedParts(a: JsonObject, b: JsonObject, named: Array<[DiffWord, ...string[][]]>, skip: string[] = []): DiffWord[] {
  const parts: DiffWord[] = [];
  const covered = new Set(skip);
  for (const [word, ...paths] of named) {
    if (paths.some((path) => !sameJson(getPath(a, path), getPath(b, path)))) parts.push(word);
    for (const path of paths) covered.add(path.join('/'));
  }
  if (!sameJson(withoutPaths(a, [...covered]), withoutPaths(b, [...covered]))) parts.push('other');
  return parts;
}
function getPath(o: JsonObject, path: string[]): JsonValue | undefined {
  let value: JsonValue | undefined = o;
  for (const key of path) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return value;
}
function withoutPaths(o: JsonObject, paths: string[]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(o)) {
    if (paths.includes(key)) continue;
    const deeper = paths.filter((p) => p.startsWith(`${key}/`)).map((p) => p.slice(key.length + 1));
    out[key] = deeper.length > 0 && isObject(value) ? withoutPaths(value, deeper) : value;
  }
  return out;
}

/** The sentence of a change: `<Subject> "<name>" [in stap "<step>"] <toegevoegd|verwijderd|gewijzigd>[: parts]`. */
export function sentence(subject: DiffWord, name: Localized, change: BundleChange['change'], parts: DiffWord[], where?: [DiffWord, Localized]): Localized {
  const say = (lang: 'nl' | 'en') => {
    const named = name[lang] ? ` "${name[lang]}"` : '';
    const place = where ? ` ${DIFF_WORDS[where[0]][lang]} "${where[1][lang]}"` : '';
    const what = parts.length > 0 ? `: ${parts.map((p) => DIFF_WORDS[p][lang]).join(', ')}` : '';
    return `${DIFF_WORDS[subject][lang]}${named}${place} ${DIFF_WORDS[change][lang]}${what}`;
  };
  return { nl: say('nl'), en: say('en') };
}

/** A `{ nl, en }` title from raw JSON, or the fallback in both languages. */
export function titleOf(value: JsonValue | undefined, fallback: string): Localized {
  if (typeof value === 'string') return { nl: value, en: value };
  const o = objectAt(value);
  const nl = typeof o.nl === 'string' ? o.nl : fallback;
  return { nl, en: typeof o.en === 'string' && o.en ? o.en : nl };
}

/** Calls `each` for every key added, removed or changed between two objects of named things. */
export function keyed(a: JsonObject, b: JsonObject, each: (key: string, before: JsonValue | undefined, after: JsonValue | undefined, change: BundleChange['change']) => void): void {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = Object.hasOwn(a, key) ? a[key] : undefined;
    const after = Object.hasOwn(b, key) ? b[key] : undefined;
    if (before === undefined) each(key, before, after, 'added');
    else if (after === undefined) each(key, before, after, 'removed');
    else if (!sameJson(before, after)) each(key, before, after, 'changed');
  }
}

