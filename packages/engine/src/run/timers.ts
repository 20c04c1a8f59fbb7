import { ancestry, leafPaths } from '../format/structure';
import type { Localized } from '../format/types';
import { resolveTime } from '../time/moment';
import type { SchoolCalendar } from '../time/calendar';
import type { CompiledDefinition, TimerDeclaration } from './compile';
import type { TrajectorySnapshot } from './snapshot';

/** Who sends a timer event: the system itself, holding no role. Audit and history show it as "Systeem / System". */
export const SYSTEM_ACTOR = Object.freeze({ id: undefined, roles: Object.freeze([]) as unknown as string[], system: true as const });

/** How the system is named to people. */
export const SYSTEM_NAME: Localized = { nl: 'Systeem', en: 'System' };

/** A timer of an active step: its event, the step that declares it, and when it fires (if that can be known yet). */
export interface TimerView {
  type: string;
  step: string;
  label: Localized;
  /** ISO instant; undefined while its date is not recorded or beyond the calendar's data. */
  dueAt?: string;
}

/** The timer declarations of an event that apply in these active steps: on one of them or on a step around it. */
export function timersIn(def: CompiledDefinition, activeSteps: readonly string[], type: string): TimerDeclaration[] {
  const around = new Set(activeSteps.flatMap(ancestry));
  return (def.timers.get(type) ?? []).filter((d) => around.has(d.path));
}

/**
 * The timers that run now in a trajectory, each with its moment: one per declaring step (a timer on a compound
 * step runs from when that step was entered, the earliest entry of its active leaves).
 * @example activeTimers(vl, snapshot, { calendar }) // [{ type: 'HALFJAAR_VERSTREKEN', step: 'voortgang', dueAt: '…' }]
 */
export function activeTimers(
  def: CompiledDefinition, snapshot: TrajectorySnapshot, opts: { calendar?: SchoolCalendar } = {},
): TimerView[] {
  if (snapshot.status === 'done') return [];
  const leaves = leafPaths(snapshot.value);
  const steps = [...new Set(leaves.flatMap(ancestry))];
  const out: TimerView[] = [];
  for (const step of steps) {
    const timers = def.index.states.get(step)?.config.meta?.timers ?? {};
    for (const [type, spec] of Object.entries(timers)) {
      const dueAt = resolveTime(spec, {
        enteredAt: enteredAtOf(snapshot, leaves, step), startedAt: snapshot.context.startedAt, dates: snapshot.context.dates,
        ...(opts.calendar ? { calendar: opts.calendar } : {}),
      });
      out.push({ type, step, label: spec.label, ...(dueAt ? { dueAt } : {}) });
    }
  }
  return out;
}

/**
 * When an active step was entered: its own entry (leaves, and states with timers, are kept in the snapshot);
 * otherwise the earliest entry of its active leaves.
 */
export function enteredAtOf(snapshot: TrajectorySnapshot, leaves: readonly string[], step: string): string {
  const own = snapshot.enteredAt[step];
  if (own !== undefined) return own;
  const times = leaves.filter((leaf) => ancestry(leaf).includes(step)).map((leaf) => snapshot.enteredAt[leaf] ?? snapshot.updatedAt);
  return times.sort()[0] ?? snapshot.updatedAt;
}
