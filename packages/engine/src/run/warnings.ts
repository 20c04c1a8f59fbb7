import type { Ref, TransitionConfig, TransitionWarning, TrajectoryContext } from '../format/types';
import type { EngineEvent } from '../vocab/data';
import { guardHolds } from '../vocab/guards';
import type { RaisedFlag } from './engine';

/** The engine's own action that carries a transition's soft rules; `transition()` reports it with the raised flags. */
export const WARN = 'koers.warn';

/** The code of a warning's flag: its `id`, else its guard's type. */
export const warningCode = (warning: TransitionWarning): string =>
  warning.id ?? (typeof warning.guard === 'string' ? warning.guard : warning.guard.type);

/** The flags of the warnings that do not hold for this context and event. */
export function raisedWarnings(
  warnings: readonly TransitionWarning[], args: { context: TrajectoryContext; event: EngineEvent },
): RaisedFlag[] {
  return warnings.filter((w) => !guardHolds(w.guard, args))
    .map((w) => ({ source: 'guard', code: warningCode(w), message: w.message }));
}

/**
 * Turns a transition's `warnings` into the engine's warn action, first among its actions: XState resolves an
 * action's params when it takes the transition, before the transition's own actions change the context, so the
 * warnings see what the guard saw (the context and the event; only the `exit` actions of a step left run before
 * them, as XState runs exit actions first). Only the transition taken reports them.
 */
export function compileWarnings(transition: Record<string, unknown>): void {
  const warnings = transition.warnings as TransitionConfig['warnings'];
  delete transition.warnings;
  if (!warnings || warnings.length === 0) return;
  const own = transition.actions === undefined ? [] : Array.isArray(transition.actions) ? transition.actions : [transition.actions];
  const warn = {
    type: WARN,
    params: (args: { context: TrajectoryContext; event: EngineEvent }) => ({ flags: raisedWarnings(warnings, args) }),
  };
  transition.actions = [warn, ...(own as Ref[])];
}

/** The flags the warn actions of one `transition()` raised, in the order the transitions were taken. */
export function flagsOf(actions: ReadonlyArray<{ type: string; params?: unknown }>): RaisedFlag[] {
  return actions.filter((a) => a.type === WARN).flatMap((a) => (a.params as { flags?: RaisedFlag[] } | undefined)?.flags ?? []);
}
