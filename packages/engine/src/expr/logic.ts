import type { Expression, JsonValue, Localized } from '../format/types';
import { FORBIDDEN_KEYS } from '../load/json';
import { DATE_OPERATIONS, dateDuration } from './dates';
import { apply, truthy } from './interpreter';

/**
 * The operators an expression may use. Everything else, notably `method` (which calls host functions)
 * and `log`, is refused when a definition is linted and again before evaluation.
 */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'in', 'cat', 'substr', 'merge',
  'map', 'filter', 'reduce', 'all', 'none', 'some', 'length',
  ...Object.keys(DATE_OPERATIONS),
]);

export interface ExpressionProblem {
  /** JSON pointer relative to the expression. */
  pointer: string;
  message: Localized;
}

const MAX_EXPRESSION_NODES = 2000;

/** Checks an expression without running it: known operators only, safe `var` paths, bounded size. */
export function checkExpression(expr: Expression): ExpressionProblem[] {
  const problems: ExpressionProblem[] = [];
  let nodes = 0;
  const visit = (node: JsonValue, pointer: string): void => {
    if (++nodes > MAX_EXPRESSION_NODES) {
      if (nodes === MAX_EXPRESSION_NODES + 1) {
        problems.push({ pointer, message: { nl: 'expressie is te groot', en: 'expression is too large' } });
      }
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${pointer}/${i}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push({
        pointer,
        message: {
          nl: `een expressie-object heeft precies één operator, niet ${keys.length}`,
          en: `an expression object has exactly one operator, not ${keys.length}`,
        },
      });
      return;
    }
    const op = keys[0]!;
    if (!ALLOWED_OPERATORS.has(op)) {
      problems.push({
        pointer: `${pointer}/${op.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: { nl: `onbekende of niet toegestane operator "${op}"`, en: `unknown or forbidden operator "${op}"` },
      });
      return;
    }
    const args = node[op] as JsonValue;
    if (op === 'var') checkVarPath(args, `${pointer}/var`, problems);
    if (Object.hasOwn(DATE_OPERATIONS, op)) checkDateOperation(op as keyof typeof DATE_OPERATIONS, args, `${pointer}/${op}`, problems);
    visit(args, `${pointer}/${op}`);
  };
  visit(expr, '');
  return problems;
}

function checkVarPath(args: JsonValue, pointer: string, problems: ExpressionProblem[]): void {
  const path = Array.isArray(args) ? args[0] : args;
  // JSON Logic evaluates a computed path before looking it up, so `{"cat": ["constructor", ...]}` would
  // get past the check below: only a literal path can be checked, so only a literal path is allowed.
  if (path !== null && typeof path === 'object') {
    problems.push({
      pointer,
      message: { nl: 'het pad van "var" moet een vaste tekst zijn, geen berekening', en: 'the path of "var" must be a literal text, not a computation' },
    });
    return;
  }
  if (typeof path !== 'string') return;
  const bad = path.split('.').find((segment) => FORBIDDEN_KEYS.has(segment));
  if (bad) {
    problems.push({
      pointer,
      message: { nl: `pad "${path}" mag "${bad}" niet bevatten`, en: `path "${path}" must not contain "${bad}"` },
    });
  }
}

/**
 * A date operator takes its number of arguments (`date` and `schoolYear` one, `addDuration` and `daysBetween`
 * two), and a duration written out in `addDuration` must be one in whole calendar units (`P6M`, `-P2W`).
 */
function checkDateOperation(op: keyof typeof DATE_OPERATIONS, args: JsonValue, pointer: string, problems: ExpressionProblem[]): void {
  const list = Array.isArray(args) ? args : [args];
  const { arity } = DATE_OPERATIONS[op];
  if (list.length !== arity) {
    problems.push({
      pointer,
      message: {
        nl: `"${op}" heeft ${arity === 1 ? 'één argument' : `${arity} argumenten`} nodig, niet ${list.length}`,
        en: `"${op}" takes ${arity === 1 ? 'one argument' : `${arity} arguments`}, not ${list.length}`,
      },
    });
    return;
  }
  const duration = list[1];
  if (op === 'addDuration' && (duration === null || typeof duration !== 'object') && dateDuration(duration) === undefined) {
    problems.push({
      pointer: `${pointer}/1`,
      message: {
        nl: `"${String(duration)}" is geen ISO 8601-duur in hele dagen, weken, maanden of jaren (zoals P14D, P6M, P1Y, -P2W)`,
        en: `"${String(duration)}" is no ISO 8601 duration in whole days, weeks, months or years (such as P14D, P6M, P1Y, -P2W)`,
      },
    });
  }
}

/**
 * Evaluates a checked expression against plain data. Throws when the expression is not safe,
 * so an unchecked definition can never reach the host.
 */
export function evaluate(expr: Expression, data: unknown): unknown {
  const problems = checkExpression(expr);
  if (problems.length > 0) throw new Error(`unsafe expression: ${problems[0]!.message.en}`);
  return apply(expr, data);
}

export { truthy };
