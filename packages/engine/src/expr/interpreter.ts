/**
 * The engine's own JSON Logic interpreter for the operators in `ALLOWED_OPERATORS`, with the semantics of
 * json-logic-js 2 (jsonlogic.com) except where noted. json-logic-js is configured through one process-wide
 * object (`add_operation` changes every user of the module), so the engine keeps its operators here instead:
 * importing the engine changes nothing global. A test runs a corpus through both and compares.
 *
 * Our differences: `var` reads only the data's own properties (`event.toString` is not found), so an
 * expression can never reach a host function or prototype; `length` counts an array's items or a text's
 * characters (JSON Logic has no way to count); the date operators `date`, `addDuration`, `daysBetween` and
 * `schoolYear` (see dates.ts) are ours too.
 */

import { DATE_OPERATIONS } from './dates';

type Data = unknown;
type Operation = (this: Data, ...args: unknown[]) => unknown;

/** JSON Logic truthiness: like JavaScript's, except that an empty array is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

function readVar(data: Data, path?: unknown, fallback?: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === null || path === '') return data;
  let current: unknown = data;
  for (const key of String(path).split('.')) {
    if (current === null || current === undefined || !Object.hasOwn(Object(current), key)) return notFound;
    current = (current as Record<string, unknown>)[key];
  }
  return current === undefined ? notFound : current;
}

function missing(data: Data, args: unknown[]): unknown[] {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return keys.filter((key) => {
    const value = readVar(data, key);
    return value === null || value === '';
  });
}

const num = (value: unknown): number => parseFloat(value as string);
// JSON Logic's `==` and `!=` are JavaScript's loose comparisons.
const OPERATIONS: Readonly<Record<string, Operation>> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  '<': (a, b, c) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)),
  '<=': (a, b, c) => (c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number)),
  '!!': (a) => truthy(a),
  '!': (a) => !truthy(a),
  '%': (a, b) => (a as number) % (b as number),
  in: (a, b) => ((typeof b === 'string' && b !== '') || Array.isArray(b) ? (b as unknown[]).indexOf(a) !== -1 : false),
  cat: (...args) => args.join(''),
  substr: (source, start, end) => {
    const text = String(source);
    if ((end as number) < 0) {
      const rest = text.substr(start as number);
      return rest.substr(0, rest.length + (end as number));
    }
    return text.substr(start as number, end as number);
  },
  '+': (...args) => args.reduce<number>((a, b) => num(a) + num(b), 0),
  '*': (...args) => (args as number[]).reduce((a, b) => num(a) * num(b)),
  '-': (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': (a, b) => (a as number) / (b as number),
  min: (...args) => Math.min(...(args as number[])),
  max: (...args) => Math.max(...(args as number[])),
  merge: (...args) => args.reduce<unknown[]>((a, b) => a.concat(b), []),
  var: function (this: Data, path, fallback) { return readVar(this, path, fallback); },
  missing: function (this: Data, ...args) { return missing(this, args); },
  missing_some: function (this: Data, needCount, options) {
    const absent = missing(this, [options]);
    return (options as unknown[]).length - absent.length >= (needCount as number) ? [] : absent;
  },
  length: (value) => (Array.isArray(value) || typeof value === 'string' ? value.length : 0),
  ...Object.fromEntries(Object.entries(DATE_OPERATIONS).map(([name, { run }]) => [name, run as Operation])),
};

function isLogic(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

/** Whether `logic` is truthy for some (or, with `every`, all) of the items; false for no items, as in JSON Logic. */
function quantify(items: unknown, logic: unknown, every: boolean): boolean {
  if (!Array.isArray(items) || items.length === 0) return false;
  return every ? items.every((item) => truthy(apply(logic, item))) : items.some((item) => truthy(apply(logic, item)));
}

/** Evaluates a JSON Logic expression against data, as json-logic-js's `apply` does. Check it first. */
export function apply(logic: unknown, data: Data): unknown {
  if (Array.isArray(logic)) return logic.map((item) => apply(item, data));
  if (!isLogic(logic)) return logic;
  const op = Object.keys(logic)[0]!;
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  switch (op) {
    case 'if': case '?:': {
      let i = 0;
      for (; i < values.length - 1; i += 2) {
        if (truthy(apply(values[i], data))) return apply(values[i + 1], data);
      }
      return values.length === i + 1 ? apply(values[i], data) : null;
    }
    case 'and': case 'or': {
      let current: unknown;
      for (const value of values) {
        current = apply(value, data);
        if (truthy(current) === (op === 'or')) return current;
      }
      return current;
    }
    case 'filter': case 'map': {
      const items = apply(values[0], data);
      if (!Array.isArray(items)) return [];
      return op === 'map' ? items.map((item) => apply(values[1], item)) : items.filter((item) => truthy(apply(values[1], item)));
    }
    case 'reduce': {
      const items = apply(values[0], data);
      const initial = values[2] !== undefined ? apply(values[2], data) : null;
      if (!Array.isArray(items)) return initial;
      return items.reduce((accumulator: unknown, current: unknown) => apply(values[1], { current, accumulator }), initial);
    }
    case 'all': return quantify(apply(values[0], data), values[1], true);
    case 'none': return !quantify(apply(values[0], data), values[1], false);
    case 'some': return quantify(apply(values[0], data), values[1], false);
  }
  const operation = Object.hasOwn(OPERATIONS, op) ? OPERATIONS[op] : undefined;
  if (!operation) throw new Error(`Unrecognized operation ${op}`);
  return operation.apply(data, values.map((value) => apply(value, data)));
}
