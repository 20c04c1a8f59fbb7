import type { FieldError } from '../errors';
import type { FormDefinition, FormRule, JsonObject, Localized } from '../format/types';
import { evaluate, truthy } from '../expr/logic';
import { getAtPointer } from '../load/json';

/** A form rule that does not hold for the answers: where (a pointer into the answers), what, and how severe. */
export interface RuleOutcome {
  rule: string;
  severity: 'error' | 'warning';
  /** JSON pointer into the answers, with the item's index for a rule over `items`: `/doelen/2/einddatum`. */
  path: string;
  message: Localized;
}

/** What a rule over `items` reads for one item: the item's own fields, `$form` (all answers) and `$index`. */
export function itemData(item: unknown, answers: unknown, index: number): Record<string, unknown> {
  const own = item !== null && typeof item === 'object' && !Array.isArray(item) ? item : {};
  return { ...own, $form: answers, $index: index };
}

function holds(rule: FormRule, data: unknown): boolean {
  try {
    return truthy(evaluate(rule.check, data));
  } catch {
    // An expression the linter refuses (an editor's half-written rule) is not evaluated; the linter says why.
    return true;
  }
}

/**
 * The one evaluation of a form's `rules` (issue 13), used by the engine at submit, the runner while filling in,
 * the linter for the examples and the simulator: every rule that does not hold, in the order of the rules (and
 * of the items). `check` is JSON Logic over the answers; the date operators make date order and spans easy.
 * @example checkRules(form, { doelen: [{ begindatum: '2026-09-01', einddatum: '2026-08-01' }] })
 *   // [{ rule: 'einde-na-begin', severity: 'error', path: '/doelen/0/einddatum', message: { nl: '…', en: '…' } }]
 */
export function checkRules(form: Pick<FormDefinition, 'rules'>, answers: unknown): RuleOutcome[] {
  const out: RuleOutcome[] = [];
  for (const rule of form.rules ?? []) {
    const severity = rule.severity ?? 'error';
    if (rule.items === undefined) {
      if (!holds(rule, answers ?? {})) out.push({ rule: rule.id, severity, path: rule.path, message: rule.message });
      continue;
    }
    const items = getAtPointer(answers, rule.items);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!holds(rule, itemData(item, answers, i))) out.push({ rule: rule.id, severity, path: `${rule.items}/${i}${rule.path}`, message: rule.message });
    });
  }
  return out;
}

/** The rules with severity `error` that do not hold, as field errors (keyword `rule`). */
export function ruleErrors(form: Pick<FormDefinition, 'rules'>, answers: unknown): FieldError[] {
  return checkRules(form, answers).filter((o) => o.severity === 'error').map(({ path, message }) => ({ path, keyword: 'rule', message }));
}

/** The rules with severity `warning` that do not hold, as the flags a submit raises (`detail: { form, path }`). */
export function ruleWarnings(form: Pick<FormDefinition, 'id' | 'rules'>, answers: JsonObject): Array<{
  source: 'form-rule'; code: string; message: Localized; detail: { form: string; path: string };
}> {
  return checkRules(form, answers).filter((o) => o.severity === 'warning')
    .map((o) => ({ source: 'form-rule' as const, code: o.rule, message: o.message, detail: { form: form.id, path: o.path } }));
}

/** Operators whose second argument reads each element of a list rather than the answers. */
const PER_ELEMENT = new Set(['some', 'all', 'none', 'filter', 'map', 'reduce']);

/**
 * The fields a rule's `check` reads, as data pointers into the answers, with `*` for "this item" in a rule over
 * `items` (`/doelen/*\/einddatum`); `$form.<field>` reads the whole form, `$index` no field. Paths inside
 * `some`/`all`/`map`/… bodies are the elements' own and are not listed. The linter checks these exist; the runner
 * shows a rule while filling in only once one of them holds an answer.
 */
export function ruleFieldPaths(rule: Pick<FormRule, 'check' | 'items'>): string[] {
  return [...new Set(ruleFields(rule).map((f) => f.field))];
}

/** Each `var` of a rule's check: the field it reads (see ruleFieldPaths) and where it is in `check` (a pointer). */
export function ruleFields(rule: Pick<FormRule, 'check' | 'items'>): Array<{ field: string; at: string }> {
  const out: Array<{ field: string; at: string }> = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const entries = Object.entries(node);
    if (entries.length !== 1) return;
    const [op, args] = entries[0]!;
    const inner = `${at}/${escape(op)}`;
    const list = Array.isArray(args) ? args : [args];
    const child = (i: number) => (Array.isArray(args) ? `${inner}/${i}` : inner);
    if (op === 'var') {
      const path = list[0];
      const field = typeof path === 'string' && path !== '' ? fieldPointer(path, rule.items) : undefined;
      if (field !== undefined) out.push({ field, at: inner });
      return;
    }
    if (PER_ELEMENT.has(op)) {
      visit(list[0], child(0));
      if (op === 'reduce') visit(list[2], child(2));
      return;
    }
    list.forEach((value, i) => visit(value, child(i)));
  };
  visit(rule.check, '');
  return out;
}
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function fieldPointer(path: string, items: string | undefined): string | undefined {
  const segments = path.split('.');
  if (items === undefined) return `/${segments.map(escape).join('/')}`;
  if (segments[0] === '$index') return undefined;
  if (segments[0] === '$form') return segments.length > 1 ? `/${segments.slice(1).map(escape).join('/')}` : undefined;
  return `${items}/*/${segments.map(escape).join('/')}`;
}
