import type { Ref, TrajectoryContext } from '../format/types';
import { evaluate, truthy } from '../expr/logic';
import { getAtPointer } from '../load/json';
import { type EngineEvent, type Params, expressionData, jsonEqual } from './data';

export type GuardArgs = { context: TrajectoryContext; event: EngineEvent };
export type GuardImpl = (args: GuardArgs, params: Params) => boolean;

function answer({ context, event }: GuardArgs, params: Params): unknown {
  const source = typeof params.form === 'string' ? context.forms[params.form] : event.data;
  return getAtPointer(source, String(params.field));
}

function amountOf(event: EngineEvent, params: Params): number {
  if (typeof params.amount === 'number') return params.amount;
  const value = getAtPointer(event.data, String(params.amountField));
  return typeof value === 'number' ? value : Number.NaN;
}

/** The guard vocabulary: what an admin can use in `"guard": { "type", "params" }`. */
export const guards: Record<string, GuardImpl> = {
  formSubmitted: ({ context }, p) => context.forms[String(p.form)] !== undefined,
  answerEquals: (args, p) => jsonEqual(answer(args, p), p.value),
  answerIn: (args, p) => Array.isArray(p.values) && p.values.some((v) => jsonEqual(answer(args, p), v)),
  condition: ({ context, event }, p) => truthy(evaluate(p.expr ?? null, expressionData(context, event))),
  counterAtLeast: ({ context }, p) => (context.counters[String(p.counter)] ?? 0) >= Number(p.value),
  counterBelow: ({ context }, p) => (context.counters[String(p.counter)] ?? 0) < Number(p.value),
  budgetAvailable: ({ context, event }, p) => {
    const budget = context.budgets[String(p.budget)];
    const amount = amountOf(event, p);
    return budget !== undefined && Number.isFinite(amount) && amount >= 0 && budget.used + amount <= budget.limit;
  },
  // The server counts the signed sign-offs per key (`facts.signoffs`); none known means none signed.
  signedOff: ({ event }, p) => {
    const signed = event.facts?.signoffs?.[String(p.key)];
    return (typeof signed === 'number' ? signed : 0) >= (typeof p.count === 'number' ? p.count : 1);
  },
};

export { amountOf };

/** Whether a guard reference holds: the same check XState runs for a transition's `guard`, usable for warnings. */
export function guardHolds(ref: Ref, args: GuardArgs): boolean {
  const type = typeof ref === 'string' ? ref : ref.type;
  const impl = Object.hasOwn(guards, type) ? guards[type] : undefined;
  if (!impl) return false;
  return impl(args, (typeof ref === 'string' ? {} : (ref.params ?? {})) as Params);
}
