import type { JsonValue, Localized } from '../format/types';
import { ancestry, refList, refType } from '../format/structure';
import type { CompiledDefinition } from './compile';
import { declarationsIn } from './declarations';

/**
 * What sending an event in these active steps may do, read from the definition (issue 14): the budgets it raises or
 * uses, the counters it counts, the steps it may lead to, whether it may end the trajectory, and what the author
 * asks (`confirm`, `reason`). Several guarded transitions give several possible targets.
 */
export interface EventConsequences {
  /** Budgets raised (`extendBudget`, with the amount) or used (`useBudget`, with a fixed amount or from the form). */
  budgets: Array<{ budget: string; change: 'extend' | 'use'; amount?: number; /** On every way the event can go, not only on some answers. */ certain: boolean }>;
  counters: string[];
  /** The steps the event may lead to (resolved paths); empty when it keeps the trajectory where it is. */
  targets: string[];
  /** Whether the event ends the whole trajectory (a top-level final step): `always`, only on some answers (`maybe`), or not. */
  ends: 'always' | 'maybe' | false;
  /** The author's confirmation text (`meta.events.<E>.confirm`). */
  confirm?: Localized;
  reason?: 'required' | 'optional';
}

/** The transitions of an event that apply in these active steps: on one of them or on a step around it. */
function transitionsIn(def: CompiledDefinition, activeSteps: readonly string[], type: string) {
  const around = new Set(activeSteps.flatMap(ancestry));
  return def.index.transitions.filter((t) => t.kind === 'event' && t.event === type && around.has(t.source));
}

/**
 * What an event may do when sent now (see `EventConsequences`).
 * @example eventConsequences(def, ['uitvoering.verbeterwerk.uitvoeren'], 'CONSULTATIETRAJECT_AANVRAGEN')
 *   // { budgets: [{ budget: 'casemanageruren', change: 'extend', amount: 15 }], counters: [], targets: [], ends: false, confirm: {…} }
 */
export function eventConsequences(def: CompiledDefinition, activeSteps: readonly string[], type: string): EventConsequences {
  const budgets: EventConsequences['budgets'] = [];
  const counters = new Set<string>();
  const targets = new Set<string>();
  const own = transitionsIn(def, activeSteps, type);
  let ending = 0;
  for (const t of own) {
    for (const action of refList(t.config.actions)) {
      const params = typeof action === 'string' ? {} : action.params ?? {};
      const kind = refType(action);
      if ((kind === 'extendBudget' || kind === 'useBudget') && typeof params.budget === 'string') {
        const change = kind === 'extendBudget' ? 'extend' : 'use';
        const known = budgets.find((b) => b.budget === params.budget && b.change === change);
        if (known) continue;
        const certain = own.every((other) => refList(other.config.actions).some((a) => refType(a) === kind && typeof a !== 'string' && a.params?.budget === params.budget));
        budgets.push({ budget: params.budget, change, ...(typeof params.amount === 'number' ? { amount: params.amount } : {}), certain });
      }
      if (kind === 'increment' && typeof params.counter === 'string') counters.add(params.counter);
    }
    let endsHere = false;
    for (const path of t.resolved) {
      if (path === undefined) continue;
      targets.add(path);
      const info = def.index.states.get(path);
      if (info?.kind === 'final' && info.parent === '') endsHere = true;
    }
    if (endsHere) ending += 1;
  }
  const ends = ending === 0 ? false : ending === own.length ? 'always' : 'maybe';
  const spec = declarationsIn(def, activeSteps, type).find((d) => d.spec.confirm || d.spec.reason)?.spec;
  return {
    budgets, counters: [...counters], targets: [...targets], ends,
    ...(spec?.confirm ? { confirm: spec.confirm } : {}), ...(spec?.reason ? { reason: spec.reason } : {}),
  };
}

/**
 * Whether the person is asked before the event is sent: the author asks for it (`confirm` or `reason`), the event
 * raises a budget whatever the answers (`extendBudget`, "+15 uur"), or it ends the trajectory whatever the answers; a
 * plain button (no form) also asks when it moves the trajectory on. Submitting a filled-in form that leads to the next
 * step, records the hours it used, or closes the trajectory only on some answers is the ordinary way forward and does
 * not ask unless the author says so (`confirm`).
 */
export function asksFirst(c: EventConsequences, withForm: boolean): boolean {
  return c.confirm !== undefined || c.reason !== undefined || c.budgets.some((b) => b.change === 'extend' && b.certain)
    || c.ends === 'always' || (!withForm && c.targets.length > 0);
}

/**
 * Whether a step waits for this event ("Van u verwacht"): it may move the trajectory on (a transition with a target).
 * Events that keep the trajectory where it is (adding hours, a note, an interim update) are optional side actions.
 */
export function isExpected(def: CompiledDefinition, activeSteps: readonly string[], type: string): boolean {
  return transitionsIn(def, activeSteps, type).some((t) => t.resolved.some((path) => path !== undefined));
}

/**
 * Whether an event can be sent only once: every transition of it here is guarded by a `condition` that reads only
 * variables (`vars.x`) which this event itself sets, and which every action anywhere sets to that same fixed value.
 * Once such an event is blocked it stays blocked, so the page leaves it out instead of showing it as "not yet possible".
 * @example a "+15 uur" request guarded by `{ "!": { "var": "vars.consultatietraject" } }` that sets `consultatietraject` to true
 */
export function isOnceOnly(def: CompiledDefinition, activeSteps: readonly string[], type: string): boolean {
  const own = transitionsIn(def, activeSteps, type);
  if (own.length === 0) return false;
  const everySet = def.index.transitions.flatMap((t) => setsOf(t.config.actions));
  return own.every((t) => {
    const guard = t.config.guard;
    if (guard === undefined || typeof guard === 'string' || guard.type !== 'condition') return false;
    const read = varsRead(guard.params?.expr ?? null);
    if (read === undefined || read.size === 0) return false;
    const setHere = setsOf(t.config.actions);
    return [...read].every((v) => {
      const mine = setHere.find((a) => a.var === v);
      return mine !== undefined && 'value' in mine
        && everySet.filter((a) => a.var === v).every((a) => 'value' in a && JSON.stringify(a.value) === JSON.stringify(mine.value));
    });
  });
}

/** The variables an expression reads (`vars.x`); undefined when it reads anything else. */
function varsRead(expr: JsonValue): Set<string> | undefined {
  const out = new Set<string>();
  let other = false;
  const walk = (node: JsonValue) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [op, arg] of Object.entries(node)) {
      if (op === 'var') {
        const name = Array.isArray(arg) ? arg[0] : arg;
        const match = typeof name === 'string' ? /^vars\.([^.]+)$/.exec(name) : null;
        if (match) out.add(match[1]!);
        else other = true;
      } else walk(arg);
    }
  };
  walk(expr);
  return other ? undefined : out;
}

/** The `set` actions of a transition: the variable, and the fixed value when it sets one (not an expression). */
function setsOf(actions: Parameters<typeof refList>[0]): Array<{ var: string; value?: JsonValue }> {
  return refList(actions).flatMap((a) => {
    if (typeof a === 'string' || a.type !== 'set' || typeof a.params?.var !== 'string') return [];
    return [{ var: a.params.var, ...(a.params.value !== undefined && a.params.expr === undefined ? { value: a.params.value } : {}) }];
  });
}
