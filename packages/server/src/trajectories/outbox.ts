import { type CompiledDefinition, type EngineResult, type SchoolCalendar, schedule } from '@koers/engine';
import type { NewEvent, TrajectoryState } from '@koers/store';
import { stateOf } from './state';

/**
 * What a write of a trajectory stores beside its event, from the engine's result: the derived columns, the effects
 * it asked for (the outbox), every timer and reminder it has from now on (`schedule` on the school's calendar), and
 * the flags of the soft rules that did not hold (the engine gathers them all in `result.flags`).
 * The store writes all of it in the event's own statement, so a crash in between loses nothing. Every write path
 * (a start, a person's event, a timer's event) goes through here.
 */
export function writePlan(def: CompiledDefinition, result: EngineResult, opts: { now: Date; calendar: SchoolCalendar }): {
  state: TrajectoryState; outbox: Required<Pick<NewEvent, 'effects' | 'scheduled' | 'flags'>>;
} {
  return {
    state: stateOf(result),
    outbox: {
      effects: result.effects, scheduled: schedule(def, result.snapshot, { now: opts.now.toISOString(), calendar: opts.calendar, steps: result.steps }),
      flags: result.flags,
    },
  };
}
