import type { GuardRef, JsonValue, Localized } from '../format/types';
import { textIn } from '../format/localize';
import { fieldLabel } from '../forms/fields';
import { type DescribeContext, describeExpression } from './expression';
import { answerText, formTitle } from './values';
import { describeWord as word } from './words';

/** The title of a sign-off key as some step declares it, or the key. */
function signoffTitle(states: ReadonlyMap<string, { config: { meta?: { signoff?: Record<string, { title: Localized }> } } }>, key: string, lang: 'nl' | 'en'): string {
  for (const info of states.values()) {
    const spec = info.config.meta?.signoff?.[key];
    if (spec) return textIn(spec.title, lang);
  }
  return key;
}

/**
 * A guard of the closed vocabulary in words, in the chosen language: the author's own `description` when the
 * guard has one, else the rule worked out from its type and params (titles of fields, counters and budgets).
 * Either way it reads after "als" / "if" (see `conditionPhrase`).
 * @example describeGuard({ type: 'answerEquals', params: { field: '/besluit', value: 'go' } }, { def, lang: 'nl', eventForm: 'mini-intake' })
 *   // 'Besluit is go'
 */
export function describeGuard(ref: GuardRef, ctx: DescribeContext): string {
  const { def, lang } = ctx;
  const own = typeof ref === 'string' ? '' : textIn(ref.description, lang);
  if (own) return own;
  const type = typeof ref === 'string' ? ref : ref.type;
  const p: Record<string, JsonValue | undefined> = typeof ref === 'string' ? {} : ref.params ?? {};
  const str = (v: JsonValue | undefined) => (typeof v === 'string' ? v : '');
  const formId = str(p.form) || ctx.eventForm;
  const form = formId ? def.forms.get(formId)?.definition : undefined;
  const field = () => fieldLabel(form, str(p.field), lang);
  const answer = (v: JsonValue | undefined) => answerText(form, str(p.field), v, lang);
  const counter = () => textIn(def.definition.counters?.[str(p.counter)]?.title, lang) || str(p.counter);
  switch (type) {
    case 'formSubmitted':
      return lang === 'nl' ? `formulier ${formTitle(def, str(p.form), lang)} is ingediend` : `form ${formTitle(def, str(p.form), lang)} was submitted`;
    case 'answerEquals':
      return `${field()} is ${answer(p.value)}`;
    case 'answerIn': {
      const values = Array.isArray(p.values) ? p.values.map(answer) : [];
      const list = values.length > 1 ? `${values.slice(0, -1).join(', ')} ${word('or', lang)} ${values.at(-1)}` : values.join('');
      return `${field()} is ${list}`;
    }
    case 'condition':
      return describeExpression(p.expr ?? null, ctx);
    case 'counterAtLeast':
      return `${counter()} ${lang === 'nl' ? 'is minstens' : 'is at least'} ${p.value}`;
    case 'counterBelow':
      return `${counter()} ${lang === 'nl' ? 'is minder dan' : 'is less than'} ${p.value}`;
    case 'budgetAvailable': {
      const budget = def.definition.budgets?.[str(p.budget)];
      const title = textIn(budget?.title, lang) || str(p.budget);
      const amount = typeof p.amount === 'number' ? `${p.amount} ${textIn(budget?.unit, lang)}`.trim() : fieldLabel(form, str(p.amountField), lang);
      return lang === 'nl' ? `genoeg ${title} over voor ${amount}` : `enough ${title} left for ${amount}`;
    }
    case 'signedOff': {
      const title = signoffTitle(def.index.states, str(p.key), lang);
      const count = typeof p.count === 'number' && p.count > 1 ? p.count : 1;
      if (lang === 'nl') return count > 1 ? `${title}: minstens ${count} keer ondertekend` : `${title} is ondertekend`;
      return count > 1 ? `${title}: signed at least ${count} times` : `${title} is signed`;
    }
    default:
      // A guard outside the vocabulary is refused by the linter; its name is all there is to say.
      return type;
  }
}

/**
 * A guard as a condition a reader can follow: "als …" / "if …", as diagram labels, the documentation and the
 * simulator show it.
 * @example conditionPhrase({ type: 'counterBelow', params: { counter: 'rondes', value: 2 } }, { def, lang: 'nl' })
 *   // 'als Rondes is minder dan 2'
 */
export function conditionPhrase(ref: GuardRef, ctx: DescribeContext): string {
  return `${word('if', ctx.lang)} ${describeGuard(ref, ctx)}`;
}
