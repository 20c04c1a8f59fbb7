import { checkRules, getAtPointer, isEmptyAnswer, ruleFieldPaths, type FormDefinition } from '@koers/engine';
import type { FormError } from './errors';

/** The form's rules that do not hold and have something to say yet, split into errors and warnings. */
export interface LiveRules {
  errors: FormError[];
  warnings: FormError[];
}

const NONE: LiveRules = { errors: [], warnings: [] };

/**
 * The form's rules (`rules`) on the answers being typed, with the engine's own `checkRules`, so the browser says
 * exactly what the server will. A rule speaks only once one of the fields it reads has an answer (for a rule per
 * item: in that item): an empty form does not open with "fill in an e-mail address or a phone number". At submit
 * the server checks every rule, filled in or not.
 */
export function liveRules(form: Pick<FormDefinition, 'rules'>, data: unknown): LiveRules {
  if (!form.rules?.length) return NONE;
  const byId = new Map(form.rules.map((rule) => [rule.id, rule]));
  const out: LiveRules = { errors: [], warnings: [] };
  for (const outcome of checkRules(form, data)) {
    const rule = byId.get(outcome.rule);
    if (!rule) continue;
    const index = rule.items === undefined ? undefined : outcome.path.slice(rule.items.length + 1).split('/')[0];
    const fields = ruleFieldPaths(rule).map((field) => (index === undefined ? field : field.replace('/*/', `/${index}/`)));
    const spoken = fields.length === 0 || fields.some((field) => !isEmptyAnswer(getAtPointer(data, field)));
    if (!spoken) continue;
    (outcome.severity === 'error' ? out.errors : out.warnings).push({ path: outcome.path, message: outcome.message, keyword: 'rule' });
  }
  return out;
}

/**
 * The caller's errors without the rule errors that no longer hold: a server's 422 about a goal's end date goes once
 * the end date is fixed, as the live check knows (other errors stay until the next answer from the server).
 */
export function withoutResolved(errors: readonly FormError[], form: Pick<FormDefinition, 'rules'>, data: unknown): readonly FormError[] {
  if (!form.rules?.length || !errors.some((e) => e.keyword === 'rule')) return errors;
  const holding = new Set(checkRules(form, data).map((o) => `${o.path}\u0000${o.message.nl}`));
  return errors.filter((e) => e.keyword !== 'rule' || holding.has(`${e.path}\u0000${e.message.nl}`));
}

/** Errors from two sources (the caller's and the live rules) once each: the same message at the same field once. */
export function mergeErrors(a: readonly FormError[], b: readonly FormError[]): readonly FormError[] {
  if (b.length === 0) return a;
  const seen = new Set(a.map((e) => `${e.path}\u0000${e.message.nl}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.path}\u0000${e.message.nl}`))];
}
