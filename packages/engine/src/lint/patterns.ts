import { safeRegExp } from '#regexp';
import { escapePointer } from '../load/json';

/** Every `pattern` and `patternProperties` name in a JSON Schema, with its pointer. */
export function schemaPatterns(schema: unknown, pointer = ''): Array<{ pointer: string; source: string }> {
  if (schema === null || typeof schema !== 'object') return [];
  const out: Array<{ pointer: string; source: string }> = [];
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapePointer(key)}`;
    if (key === 'pattern' && !Array.isArray(schema) && typeof value === 'string') out.push({ pointer: at, source: value });
    if (key === 'patternProperties' && value && typeof value === 'object') {
      for (const name of Object.keys(value)) out.push({ pointer: `${at}/${escapePointer(name)}`, source: name });
    }
    out.push(...schemaPatterns(value, at));
  }
  return out;
}

/** Whether the form engine (RE2 semantics) can compile a pattern: no lookaround, no backreferences. */
export function supportedPattern(source: string): boolean {
  try {
    safeRegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a regular expression can backtrack catastrophically in a backtracking engine (JavaScript's own,
 * and most other JSON Schema validators). Our forms run on RE2 semantics, which never backtrack; the
 * linter still refuses these so a published form stays safe wherever its schema is used. Three shapes:
 * - a repeated group whose content can both start and end with a variable repetition, like `(a+)+`,
 *   `(\w+\s?)*` or `(a{1,3}){2,}`: the same text splits over the repetitions in exponentially many ways.
 *   `(?:[a-z]+-)*` (ends in a fixed character) and `(?: [A-Z][a-z]*)*` (starts with one) are allowed;
 * - a repeated group (also a counted one, `{12}`) holding a variable repetition of `.`, like `(.*a){12}`:
 *   `.` also matches what should end each repetition, so a failing match tries every split;
 * - a repeated alternation whose branches can start the same way, like `(a|a?)+` or `(ab|a)*`.
 * A heuristic, not a proof; RE2 is the guarantee.
 */
export function nestedQuantifier(source: string): boolean {
  type Frame = {
    head: boolean | 'open'; tail: boolean; anyHead: boolean; anyTail: boolean;
    /** Holds a variable repetition of `.`. */
    wild: boolean;
    /** The first atom of each branch, as written. */
    firsts: string[];
    start: number;
  };
  const fresh = (start: number): Frame => ({ head: 'open', tail: false, anyHead: false, anyTail: false, wild: false, firsts: [], start });
  const stack: Frame[] = [];
  let f = fresh(0);
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const start = i;
    let atomHead = false;
    let atomTail = false;
    let atomWild = false;
    let overlapping = false;
    if (c === '(') {
      stack.push(f);
      f = fresh(i);
      // Skip the group's kind: (?: (?= (?! (?<= (?<! (?<name>
      if (source[i + 1] === '?') i += source[i + 2] === '<' && /[^=!]/.test(source[i + 3] ?? '') ? source.indexOf('>', i) - i : 2;
      continue;
    } else if (c === '|') {
      f.anyHead ||= f.head === true;
      f.anyTail ||= f.tail;
      f.head = 'open';
      f.tail = false;
      if (f.firsts.length === 0) f.firsts.push('');
      f.firsts.push('');
      continue;
    } else if (c === ')') {
      atomHead = f.anyHead || f.head === true;
      atomTail = f.anyTail || f.tail;
      atomWild = f.wild;
      const firsts = f.firsts;
      overlapping = firsts.length > 1 && (new Set(firsts).size < firsts.length || firsts.includes('.'));
      const opened = f.start;
      f = stack.pop() ?? fresh(0);
      noteFirst(f, source.slice(opened, i + 1));
    } else if (c === '^' || c === '$') {
      continue;
    } else if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    }
    if (c !== ')') noteFirst(f, source.slice(start, i + 1));
    // The atom ends at i; what follows says how often it repeats.
    const q = quantifier(source, i + 1);
    i += q.length;
    if (q.repeats && ((atomHead && atomTail) || atomWild || overlapping)) return true;
    if ((c === '.' && q.variable) || atomWild) f.wild = true;
    const head = q.variable || atomHead;
    const tail = q.variable || atomTail;
    if (f.head === 'open') f.head = q.optional && !head ? 'open' : head;
    f.tail = q.optional ? f.tail || tail : tail;
  }
  return false;
}

/** Records an atom as the first of the current branch when the branch has none yet. */
function noteFirst(f: { firsts: string[] }, atom: string): void {
  if (f.firsts.length === 0) f.firsts.push(atom);
  else if (f.firsts.at(-1) === '') f.firsts[f.firsts.length - 1] = atom;
}

/** The quantifier at `at`: does it repeat, can it match a varying number of times, may it match none. */
function quantifier(source: string, at: number): { repeats: boolean; variable: boolean; optional: boolean; length: number } {
  const c = source[at];
  let min = 1;
  let max = 1;
  let length = 0;
  if (c === '*' || c === '+' || c === '?') {
    length = 1;
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
  } else if (c === '{') {
    const match = /^\{(\d+)(,?)(\d*)\}/.exec(source.slice(at));
    if (match) {
      length = match[0].length;
      min = Number(match[1]);
      max = match[2] ? (match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY) : min;
    }
  }
  if (length > 0 && source[at + length] === '?') length++; // lazy
  return { repeats: max > 1, variable: max > min && max > 1, optional: min === 0, length };
}
