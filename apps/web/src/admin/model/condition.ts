import type { JsonValue } from '@koers/engine';

/*
 * The condition builder's model: a JSON Logic expression as rows of (field, operator, value) joined with and/or,
 * with one level of groups. A part that does not fit a row is kept as it is (a `raw` item, edited as JSON), so
 * nothing is ever lost. A row is only read from JSON Logic when writing it gives back exactly that JSON Logic.
 */

/** How a row compares: JSON Logic comparisons, or filled/empty, a list that contains a value, a value in a list. */
export type RowOp = '==' | '===' | '!=' | '!==' | '<' | '<=' | '>' | '>=' | 'filled' | 'empty' | 'contains' | 'oneOf';
export const COMPARE_OPS: readonly RowOp[] = ['==', '===', '!=', '!==', '<', '<=', '>', '>='];

/**
 * One comparison. `field` is a `var` path; `list.*.rol` is the field `rol` of the items of the list `list` (`list.*`
 * the item itself) with `quantifier` saying whether some, all or none must match. `count` compares the number of
 * items of a list. `value` is a literal, or `{ var }` to compare with another field (a date with `now`).
 */
export interface Row {
  kind: 'row';
  field: string;
  op: RowOp;
  value?: JsonValue;
  quantifier?: 'some' | 'all' | 'none';
  count?: boolean;
}

/** A part kept as JSON Logic, as written. */
export interface Raw {
  kind: 'raw';
  expr: JsonValue;
}

export type Item = Row | Raw;

/** A bracketed part: rows joined by their own and/or. */
export interface Group {
  kind: 'group';
  join: 'and' | 'or';
  items: Item[];
}

export interface Condition {
  join: 'and' | 'or';
  items: Array<Item | Group>;
}

const isObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isLiteral = (v: JsonValue | undefined) => v === null || typeof v !== 'object';
const varPath = (v: JsonValue | undefined): string | undefined => (isObject(v) && Object.keys(v).length === 1 && typeof v.var === 'string' ? v.var : undefined);

/** Whether a value is a reference to another field (`{ var }`) rather than a literal. */
export function isFieldValue(value: JsonValue | undefined): value is { var: string } {
  return varPath(value) !== undefined;
}

/** Whether two JSON values are the same, key order included. */
export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The JSON Logic of one row. */
export function writeRow(row: Row): JsonValue {
  const star = row.field.indexOf('.*');
  if (star >= 0 && (row.field.length === star + 2 || row.field[star + 2] === '.')) {
    const inner = row.field.slice(star + 3);
    const { quantifier: _q, ...rest } = row;
    return { [row.quantifier ?? 'some']: [{ var: row.field.slice(0, star) }, writeRow({ ...rest, field: inner })] };
  }
  const left: JsonValue = row.count ? { length: { var: row.field } } : { var: row.field };
  switch (row.op) {
    case 'filled':
      return { '!!': left };
    case 'empty':
      return { '!': left };
    case 'contains':
      return { in: [row.value ?? null, left] };
    case 'oneOf':
      return { in: [left, Array.isArray(row.value) ? row.value : []] };
    default:
      return { [row.op]: [left, row.value ?? null] };
  }
}

function parseRow(expr: JsonValue): Row | undefined {
  if (!isObject(expr)) return undefined;
  const keys = Object.keys(expr);
  if (keys.length !== 1) return undefined;
  const op = keys[0]!;
  const args = expr[op];
  const side = (v: JsonValue | undefined): { field: string; count?: boolean } | undefined => {
    const path = varPath(v);
    if (path !== undefined) return { field: path };
    const inner = isObject(v) && Object.keys(v).length === 1 ? varPath(v.length) : undefined;
    return inner !== undefined ? { field: inner, count: true } : undefined;
  };
  if ((COMPARE_OPS as readonly string[]).includes(op) && Array.isArray(args) && args.length === 2) {
    const left = side(args[0]);
    if (left && (isLiteral(args[1]) || isFieldValue(args[1]))) return { kind: 'row', ...left, op: op as RowOp, value: args[1] };
  }
  if (op === '!!' || op === '!') {
    const left = side(args);
    if (left) return { kind: 'row', ...left, op: op === '!!' ? 'filled' : 'empty' };
  }
  if (op === 'in' && Array.isArray(args) && args.length === 2) {
    const list = side(args[1]);
    if (list && isLiteral(args[0])) return { kind: 'row', ...list, op: 'contains', value: args[0] };
    const left = side(args[0]);
    if (left && Array.isArray(args[1]) && args[1].every(isLiteral)) return { kind: 'row', ...left, op: 'oneOf', value: args[1] };
  }
  if ((op === 'some' || op === 'all' || op === 'none') && Array.isArray(args) && args.length === 2) {
    const list = varPath(args[0]);
    const inner = parseRow(args[1]!);
    if (list !== undefined && !list.includes('*') && inner && !inner.quantifier && !inner.field.includes('*') && !isFieldValue(inner.value)) {
      return { ...inner, field: inner.field === '' ? `${list}.*` : `${list}.*.${inner.field}`, quantifier: op };
    }
  }
  return undefined;
}

/** A row read from JSON Logic, or undefined when the expression is not one row (exactly). */
export function readRow(expr: JsonValue): Row | undefined {
  const row = parseRow(expr);
  return row && sameJson(writeRow(row), expr) ? row : undefined;
}

const readItem = (expr: JsonValue): Item => readRow(expr) ?? { kind: 'raw', expr };

const joinOf = (expr: JsonValue): { join: 'and' | 'or'; args: JsonValue[] } | undefined => {
  if (!isObject(expr) || Object.keys(expr).length !== 1) return undefined;
  const join = 'and' in expr ? 'and' : 'or' in expr ? 'or' : undefined;
  const args = join ? expr[join] : undefined;
  return join && Array.isArray(args) && args.length >= 2 ? { join, args } : undefined;
};

/** Reads a condition into rows: a top-level and/or of rows and groups, or a single item. */
export function readCondition(expr: JsonValue): Condition {
  const top = joinOf(expr);
  if (!top) return { join: 'and', items: [readItem(expr)] };
  return {
    join: top.join,
    items: top.args.map((arg) => {
      const inner = joinOf(arg);
      return inner ? { kind: 'group', join: inner.join, items: inner.args.map(readItem) } : readItem(arg);
    }),
  };
}

const writeItem = (item: Item): JsonValue => (item.kind === 'row' ? writeRow(item) : item.expr);

/** The JSON Logic of a condition; no items at all is `true` (always). */
export function writeCondition(condition: Condition): JsonValue {
  const parts = condition.items.map((item) => {
    if (item.kind !== 'group') return writeItem(item);
    return item.items.length === 1 ? writeItem(item.items[0]!) : { [item.join]: item.items.map(writeItem) };
  });
  if (parts.length === 0) return true;
  return parts.length === 1 ? parts[0]! : { [condition.join]: parts };
}

/** Whether the condition is all rows (nothing kept as raw JSON Logic). */
export function allRows(condition: Condition): boolean {
  return condition.items.every((item) => (item.kind === 'group' ? item.items.every((i) => i.kind === 'row') : item.kind === 'row'));
}
