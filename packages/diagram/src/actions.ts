import type { JsonValue, Ref } from '@koers/engine';
import { type DescribeContext, dateTitle, describeExpression, fieldLabel, textIn, valueText } from '@koers/engine';

/**
 * An action of the closed vocabulary in words, for documentation.
 * @example describeAction({ type: 'increment', params: { counter: 'rondes' } }, ctx) // 'Rondes +1'
 */
export function describeAction(ref: Ref, ctx: DescribeContext): string {
  const { def, lang } = ctx;
  const d = def.definition;
  const type = typeof ref === 'string' ? ref : ref.type;
  const p: Record<string, JsonValue | undefined> = typeof ref === 'string' ? {} : ref.params ?? {};
  const str = (v: JsonValue | undefined) => (typeof v === 'string' ? v : '');
  const counter = () => textIn(d.counters?.[str(p.counter)]?.title, lang) || str(p.counter);
  const budget = d.budgets?.[str(p.budget)];
  const budgetTitle = textIn(budget?.title, lang) || str(p.budget);
  const unit = textIn(budget?.unit, lang);
  const form = ctx.eventForm ? def.forms.get(ctx.eventForm)?.definition : undefined;
  const list = (v: JsonValue | undefined, names: (n: string) => string) => (Array.isArray(v) ? v.map((n) => names(String(n))).join(', ') : '');
  switch (type) {
    case 'increment':
      return `${counter()} +${typeof p.by === 'number' ? p.by : 1}`;
    case 'resetCounter':
      return lang === 'nl' ? `${counter()} terug naar 0` : `${counter()} back to 0`;
    case 'useBudget': {
      const amount = typeof p.amount === 'number' ? `${p.amount} ${unit}`.trim() : `${fieldLabel(form, str(p.amountField), lang)} (${unit})`;
      return lang === 'nl' ? `${amount} van ${budgetTitle} boeken` : `book ${amount} of ${budgetTitle}`;
    }
    case 'extendBudget':
      return lang === 'nl' ? `${budgetTitle} met ${p.amount} ${unit} verhogen` : `raise ${budgetTitle} by ${p.amount} ${unit}`;
    case 'recordDate':
      return lang === 'nl' ? `datum "${textIn(dateTitle(d, str(p.key)), lang)}" vastleggen` : `record date "${textIn(dateTitle(d, str(p.key)), lang)}"`;
    case 'set': {
      const name = textIn(d.variables?.[str(p.var)]?.title, lang) || str(p.var);
      const value = p.expr !== undefined ? describeExpression(p.expr, ctx) : valueText(p.value, lang);
      return lang === 'nl' ? `${name} wordt ${value}` : `${name} becomes ${value}`;
    }
    case 'startPeriod': {
      const parts = [lang === 'nl' ? 'nieuwe periode beginnen' : 'start a new period'];
      const counters = list(p.resetCounters, (n) => textIn(d.counters?.[n]?.title, lang) || n);
      const budgets = list(p.resetBudgets, (n) => textIn(d.budgets?.[n]?.title, lang) || n);
      const kept = list(p.keepForms, (n) => textIn(def.forms.get(n)?.definition.title, lang) || n);
      if (counters) parts.push(lang === 'nl' ? `tellers op 0: ${counters}` : `counters to 0: ${counters}`);
      if (budgets) parts.push(lang === 'nl' ? `budgetten opnieuw: ${budgets}` : `budgets reset: ${budgets}`);
      if (kept) parts.push(lang === 'nl' ? `formulieren bewaard: ${kept}` : `forms kept: ${kept}`);
      return parts.join('; ');
    }
    case 'notify': {
      const roles = list(p.roles, (r) => textIn(d.roles[r]?.title, lang) || r);
      const message = p.message && typeof p.message === 'object' && !Array.isArray(p.message) ? String((p.message as Record<string, JsonValue>)[lang] ?? '') : '';
      return lang === 'nl' ? `bericht aan ${roles}: “${message}”` : `message to ${roles}: “${message}”`;
    }
    default:
      return Object.keys(p).length > 0 ? `${type} ${JSON.stringify(p)}` : type;
  }
}
