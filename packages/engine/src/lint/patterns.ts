import { escapePointer } from '../load/json';

/**
 * Finds `pattern`s in a JSON Schema that can backtrack catastrophically: a quantified group that itself
 * contains a quantifier, such as `^(a+)+$` or `(\w+\s?)*`. JavaScript regular expressions backtrack, so one
 * such pattern and a 40-character answer can keep validation busy for hours. Returns their pointers.
 */
export function unsafePatterns(schema: unknown, pointer = ''): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapePointer(key)}`;
    if (key === 'pattern' && !Array.isArray(schema) && typeof value === 'string' && nestedQuantifier(value)) out.push(at);
    if (key === 'patternProperties' && value && typeof value === 'object') {
      for (const name of Object.keys(value)) if (nestedQuantifier(name)) out.push(`${at}/${escapePointer(name)}`);
    }
    out.push(...unsafePatterns(value, at));
  }
  return out;
}

/**
 * Whether a regular expression repeats a group whose content can both start and end with a variable
 * repetition, like `(a+)+`, `(\w+\s?)*` or `(a{1,3}){2,}`: the same text then splits over the repetitions
 * in exponentially many ways. `(?:[a-z]+-)*` (ends in a fixed character) and `(?: [A-Z][a-z]*)*` (starts
 * with one) split one way only and are allowed. A heuristic: it does not catch overlapping alternatives.
 */
export function nestedQuantifier(source: string): boolean {
  type Frame = { head: boolean | 'open'; tail: boolean; anyHead: boolean; anyTail: boolean };
  const fresh = (): Frame => ({ head: 'open', tail: false, anyHead: false, anyTail: false });
  const stack: Frame[] = [];
  let f = fresh();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let atomHead = false;
    let atomTail = false;
    if (c === '(') {
      stack.push(f);
      f = fresh();
      // Skip the group's kind: (?: (?= (?! (?<= (?<! (?<name>
      if (source[i + 1] === '?') i += source[i + 2] === '<' && /[^=!]/.test(source[i + 3] ?? '') ? source.indexOf('>', i) - i : 2;
      continue;
    } else if (c === '|') {
      f.anyHead ||= f.head === true;
      f.anyTail ||= f.tail;
      f.head = 'open';
      f.tail = false;
      continue;
    } else if (c === ')') {
      atomHead = f.anyHead || f.head === true;
      atomTail = f.anyTail || f.tail;
      f = stack.pop() ?? fresh();
    } else if (c === '^' || c === '$') {
      continue;
    } else if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    }
    // The atom ends at i; what follows says how often it repeats.
    const q = quantifier(source, i + 1);
    i += q.length;
    if (q.repeats && atomHead && atomTail) return true;
    const head = q.variable || atomHead;
    const tail = q.variable || atomTail;
    if (f.head === 'open') f.head = q.optional && !head ? 'open' : head;
    f.tail = q.optional ? f.tail || tail : tail;
  }
  return false;
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
