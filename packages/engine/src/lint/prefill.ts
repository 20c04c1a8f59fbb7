import type { TrajectoryDefinition } from '../format/types';
import type { StructureIndex } from '../format/structure';
import { checkExpression } from '../expr/logic';
import { schemaAt } from '../forms/fields';
import { escapePointer } from '../load/json';
import type { LintContext } from './definition';
import { checkForm } from './references';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/** What a prefill expression may read (see `prefillData`). */
const ROOTS = new Set(['forms', 'counters', 'budgets', 'dates', 'vars', 'period', 'startedAt', 'now', 'trajectory', 'group', 'signoffs', 'previousPeriod']);

/** The names a JSON Logic expression reads with `var`, as written. */
function varsOf(expr: unknown, out: string[] = []): string[] {
  if (Array.isArray(expr)) expr.forEach((item) => varsOf(item, out));
  else if (expr !== null && typeof expr === 'object') {
    for (const [op, arg] of Object.entries(expr)) {
      const name = op === 'var' ? (Array.isArray(arg) ? arg[0] : arg) : undefined;
      if (typeof name === 'string') out.push(name);
      else varsOf(arg, out);
    }
  }
  return out;
}

/**
 * `meta.prefill` and `meta.signoff` of every step: a prefilled form is one this step shows, each field exists in
 * its schema, each expression is safe and reads only what exists (earlier forms, declared counters); a sign-off's
 * requesting roles are declared.
 */
export function checkPrefillAndSignoff(def: TrajectoryDefinition, index: StructureIndex, ctx: LintContext, report: Report): void {
  for (const info of index.states.values()) {
    const meta = info.config.meta;
    for (const [formId, fields] of Object.entries(meta?.prefill ?? {})) {
      const at = `${info.pointer}/meta/prefill/${escapePointer(formId)}`;
      checkForm(ctx, formId, at, report);
      if (ctx.forms.has(formId) && !(meta?.forms ?? []).includes(formId)) {
        report(at, 'prefill-form-not-shown', `formulier "${formId}" wordt vooraf ingevuld maar staat niet in meta.forms van deze stap`,
          `form "${formId}" is prefilled but is not in this step's meta.forms`);
      }
      const form = ctx.forms.get(formId);
      for (const [pointer, expr] of Object.entries(fields)) {
        const p = `${at}/${escapePointer(pointer)}`;
        if (form && !schemaAt(form.definition.schema, pointer)) {
          report(p, 'unknown-field', `veld "${pointer}" staat niet in formulier "${formId}"`, `field "${pointer}" is not in form "${formId}"`);
        }
        const problems = checkExpression(expr);
        for (const problem of problems) report(`${p}${problem.pointer}`, 'bad-expression', problem.message.nl, problem.message.en);
        if (problems.length === 0) checkSources(def, ctx, expr, p, report);
      }
    }
    for (const [key, spec] of Object.entries(meta?.signoff ?? {})) {
      spec.requestRoles.forEach((role, i) => {
        if (!Object.hasOwn(def.roles, role)) {
          report(`${info.pointer}/meta/signoff/${escapePointer(key)}/requestRoles/${i}`, 'unknown-role',
            `rol "${role}" is niet gedeclareerd in "roles"`, `role "${role}" is not declared in "roles"`);
        }
      });
    }
  }
}

function checkSources(def: TrajectoryDefinition, ctx: LintContext, expr: unknown, pointer: string, report: Report): void {
  for (const name of varsOf(expr)) {
    const [root = '', second, third] = name.split('.');
    if (!ROOTS.has(root)) {
      report(pointer, 'unknown-prefill-source', `"${name}" bestaat niet; lees uit ${[...ROOTS].join(', ')}`,
        `"${name}" does not exist; read from ${[...ROOTS].join(', ')}`);
      continue;
    }
    const formId = root === 'forms' ? second : root === 'previousPeriod' && second === 'forms' ? third : undefined;
    if (formId !== undefined) checkForm(ctx, formId, pointer, report);
    if (root === 'counters' && second !== undefined && !Object.hasOwn(def.counters ?? {}, second)) {
      report(pointer, 'unknown-counter', `teller "${second}" is niet gedeclareerd in "counters"`, `counter "${second}" is not declared in "counters"`);
    }
  }
}
