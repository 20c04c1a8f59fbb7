import {
  type CompiledDefinition, type JsonObject, type Lang, type TrajectoryContext,
  answerText, dateTitle, escapePointer, fieldLabel, formTitle, textIn, valueText,
} from '@koers/engine';
import { formatNumber } from '../../pages/trajectories/status';
import { formatClock } from './simulate-clock';

/** One line of the simulated trajectory's context: "Begeleidingsuren — 3 van 15 uur gebruikt". */
export interface ContextRow {
  kind: 'budget' | 'counter' | 'date' | 'variable' | 'form' | 'period';
  /** Unique within the rows (for React keys and tests). */
  id: string;
  label: string;
  value: string;
  /** A budget used past its limit. */
  over?: boolean;
}

/**
 * The context in a few lines, in the type's own words: budgets (used of limit), counters (of their maximum),
 * recorded dates, variables, forms filled in, and the round when the type repeats.
 */
export function contextRows(compiled: CompiledDefinition, context: TrajectoryContext, lang: Lang): ContextRow[] {
  const def = compiled.definition;
  const nl = lang === 'nl';
  const rows: ContextRow[] = [];
  for (const [id, budget] of Object.entries(context.budgets)) {
    const spec = def.budgets?.[id];
    const unit = textIn(spec?.unit, lang);
    const used = `${formatNumber(budget.used, lang)} ${nl ? 'van' : 'of'} ${formatNumber(budget.limit, lang)} ${unit}`.trim();
    rows.push({ kind: 'budget', id: `budget:${id}`, label: textIn(spec?.title, lang) || id, value: `${used} ${nl ? 'gebruikt' : 'used'}`, over: budget.used > budget.limit });
  }
  for (const [id, spec] of Object.entries(def.counters ?? {})) {
    const n = context.counters[id] ?? 0;
    const value = spec.max === undefined ? String(n) : `${n} ${nl ? 'van hoogstens' : 'of at most'} ${spec.max}`;
    rows.push({ kind: 'counter', id: `counter:${id}`, label: textIn(spec.title, lang) || id, value });
  }
  for (const [id, at] of Object.entries(context.dates)) {
    rows.push({ kind: 'date', id: `date:${id}`, label: dateTitle(def, id)[lang], value: formatClock(at, lang) });
  }
  for (const [id, value] of Object.entries(context.vars)) {
    rows.push({ kind: 'variable', id: `var:${id}`, label: textIn(def.variables?.[id]?.title, lang) || id, value: valueText(value, lang) });
  }
  const filled = Object.keys(context.forms).map((id) => formTitle(compiled, id, lang));
  if (filled.length > 0) rows.push({ kind: 'form', id: 'forms', label: nl ? 'Ingevulde formulieren' : 'Forms filled in', value: filled.join(', ') });
  if (context.period > 1) rows.push({ kind: 'period', id: 'period', label: nl ? 'Ronde' : 'Round', value: String(context.period) });
  return rows;
}

/**
 * An event's answers in one line for the history: the first few top-level answers with their labels, lists as
 * a count ("Doelen: 3"), and how many more there are.
 * @example dataSummary(pd, 'pd-besluit', { besluit: 'afsluiten' }, 'nl') // 'Besluit: Afsluiten'
 */
export function dataSummary(compiled: CompiledDefinition, formId: string | undefined, data: JsonObject, lang: Lang, max = 3): string {
  const form = formId ? compiled.forms.get(formId)?.definition : undefined;
  const answered = Object.entries(data).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  const parts = answered.slice(0, max).map(([key, value]) => {
    const pointer = `/${escapePointer(key)}`;
    const shown = Array.isArray(value) ? String(value.length)
      : value !== null && typeof value === 'object' ? (lang === 'nl' ? 'ingevuld' : 'filled in')
        : clip(answerText(form, pointer, value, lang));
    return `${fieldLabel(form, pointer, lang)}: ${shown}`;
  });
  const more = answered.length - parts.length;
  if (more > 0) parts.push(lang === 'nl' ? `+${more} meer` : `+${more} more`);
  return parts.join(' · ');
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
