import { assign } from 'xstate';
import type { JsonObject, TrajectoryContext, TrajectoryDefinition } from '../format/types';
import { evaluate } from '../expr/logic';
import { type EngineEvent, type Params, eventNow, expressionData } from './data';
import { amountOf } from './guards';
import { midnight } from '../time/days';

/**
 * A date an expression gave `recordDate` as an ISO instant: a local date (`2026-09-16`) is 00:00 Europe/Amsterdam on
 * it, an ISO date-time is itself; anything else is undefined (the event's own time is kept then).
 */
function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    try {
      return midnight(value);
    } catch {
      return undefined;
    }
  }
  const time = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

type Args = { context: TrajectoryContext; event: EngineEvent };
const names = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The action vocabulary, bound to one definition (counter maxima, budget limits).
 * Every action that changes the context is an XState `assign`, so `transition()` applies it purely;
 * `notify` does nothing here and comes back from `transition()` as an effect for the server.
 */
export function createActions(definition: TrajectoryDefinition) {
  const counterMax = (name: string): number => definition.counters?.[name]?.max ?? Number.POSITIVE_INFINITY;
  const budgetLimit = (name: string): number => definition.budgets?.[name]?.limit ?? 0;

  return {
    increment: assign(({ context }: Args, p: Params) => {
      const name = String(p.counter);
      const by = typeof p.by === 'number' ? p.by : 1;
      const next = Math.min(counterMax(name), (context.counters[name] ?? 0) + by);
      return { counters: { ...context.counters, [name]: next } };
    }),
    resetCounter: assign(({ context }: Args, p: Params) => ({
      counters: { ...context.counters, [String(p.counter)]: 0 },
    })),
    useBudget: assign(({ context, event }: Args, p: Params) => {
      const name = String(p.budget);
      const budget = context.budgets[name] ?? { limit: budgetLimit(name), used: 0 };
      const amount = amountOf(event, p);
      if (!Number.isFinite(amount) || amount < 0) return {};
      return { budgets: { ...context.budgets, [name]: { ...budget, used: budget.used + amount } } };
    }),
    extendBudget: assign(({ context }: Args, p: Params) => {
      const name = String(p.budget);
      const budget = context.budgets[name] ?? { limit: budgetLimit(name), used: 0 };
      return { budgets: { ...context.budgets, [name]: { ...budget, limit: budget.limit + Number(p.amount) } } };
    }),
    recordDate: assign(({ context, event }: Args, p: Params) => ({
      dates: { ...context.dates, [String(p.key)]: p.expr === undefined ? eventNow(event) : dateOf(evaluate(p.expr, expressionData(context, event))) ?? eventNow(event) },
    })),
    set: assign(({ context, event }: Args, p: Params) => {
      const value = p.expr !== undefined ? evaluate(p.expr, expressionData(context, event)) : p.value;
      return { vars: { ...context.vars, [String(p.var)]: (value ?? null) as JsonObject[string] } };
    }),
    startPeriod: assign(({ context, event }: Args, p: Params) => {
      const keep = new Set(names(p.keepForms));
      const forms: TrajectoryContext['forms'] = {};
      for (const [id, data] of Object.entries(context.forms)) if (keep.has(id)) forms[id] = data;
      const counters = { ...context.counters };
      for (const name of names(p.resetCounters)) counters[name] = 0;
      const budgets = { ...context.budgets };
      for (const name of names(p.resetBudgets)) budgets[name] = { limit: budgetLimit(name), used: 0 };
      return {
        periods: [
          ...context.periods,
          { period: context.period, endedAt: eventNow(event), forms: context.forms, counters: context.counters },
        ],
        period: context.period + 1,
        forms,
        counters,
        budgets,
      };
    }),
    notify: () => {},
  };
}

/** The context a new trajectory starts with. */
export function initialContext(definition: TrajectoryDefinition, now: string): TrajectoryContext {
  const counters: Record<string, number> = {};
  for (const name of Object.keys(definition.counters ?? {})) counters[name] = 0;
  const budgets: TrajectoryContext['budgets'] = {};
  for (const [name, spec] of Object.entries(definition.budgets ?? {})) budgets[name] = { limit: spec.limit, used: 0 };
  const vars: TrajectoryContext['vars'] = {};
  for (const [name, spec] of Object.entries(definition.variables ?? {})) vars[name] = spec.default ?? null;
  return { forms: {}, counters, budgets, dates: {}, vars, period: 1, periods: [], startedAt: now };
}
