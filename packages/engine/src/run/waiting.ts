import type { Localized } from '../format/types';
import { ancestry, leafPaths } from '../format/structure';
import { TransitionRejected } from '../errors';
import { handlesEvent } from '../groups/events';
import type { SchoolCalendar } from '../time/calendar';
import type { Facts } from '../vocab/data';
import type { CompiledDefinition } from './compile';
import { describe, send } from './engine';
import { checkSender } from './sender';
import type { TrajectorySnapshot } from './snapshot';
import { SYSTEM_ACTOR, activeTimers } from './timers';

/**
 * What an event is called where people read it (the history, "wacht op"): its declared label, else the group's
 * join or meeting it stands for, else its timer's label, else its name. (The start of a trajectory is the host's:
 * it has no event in the definition.)
 */
export function eventTitle(def: CompiledDefinition, type: string): Localized {
  const declared = def.events.get(type)?.[0]?.spec.label;
  if (declared) return declared;
  const groups = def.definition.groups;
  if (groups?.join.event === type) return { nl: `Ingedeeld in een ${groups.title.nl.toLowerCase()}`, en: `Placed in a ${groups.title.en.toLowerCase()}` };
  const meeting = Object.values(groups?.meetings ?? {}).find((m) => m.event === type);
  if (meeting) return { nl: `${meeting.title.nl} gehouden`, en: `${meeting.title.en} held` };
  for (const state of def.index.states.values()) {
    const timer = state.config.meta?.timers?.[type];
    if (timer) return timer.label;
  }
  return { nl: type, en: type };
}

/** What moves a trajectory on when no person can: a timer of an active step (with its moment) or an event of its group. */
export type SystemWait =
  | { kind: 'timer'; event: string; label: Localized; at: string }
  | { kind: 'group'; event: string; label: Localized };

/** Who can act now in a trajectory (see `waitingNow`). */
export interface WaitingNow {
  /** Per active leaf step, the roles that can act there now, in the step's order of its roles (`meta.roles`), then the type's. */
  steps: Record<string, string[]>;
  /** The roles that can act now in any active step, step by step. */
  roles: string[];
  /** Only when no role can act: the timers (earliest first) and group events that will move it on. */
  system: SystemWait[];
}

/** Whether the engine accepts: false when it refuses (`TransitionRejected`), any other error goes on. */
function accepted(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof TransitionRejected) return false;
    throw error;
  }
}

/** Whether a role may send this event in these steps (the step handles it and lists the role). */
const maySend = (def: CompiledDefinition, leaves: readonly string[], type: string, role: string) =>
  accepted(() => checkSender(def, leaves, type, { roles: [role] }));

/**
 * Whether an event without a form would go through now: a dry run of the engine (nothing is written) with a role
 * that may send it. Guards read the context, the facts and the time, never who sends, so one run answers for every
 * role. Events with a form are open as long as the step handles them: their conditions read answers still to be typed.
 */
const goesThrough = (def: CompiledDefinition, snapshot: TrajectorySnapshot, type: string, role: string, now: Date, facts?: Facts) =>
  accepted(() => send(def, snapshot, { type }, { actor: { roles: [role] }, now, ...(facts ? { facts } : {}) }));

/**
 * Who can act now: the roles that may send an event the current steps (and the steps around them) handle and whose
 * conditions hold with the trajectory's context and facts at `now`; not every role that takes part in the step.
 * Events the system sends (timers, group events) are no person's: when no role can act, `system` says what will
 * move the trajectory on. A finished trajectory waits for no one.
 * @example waitingNow(pd, snapshot, clock.now(), facts).roles // ['casemanager']
 */
export function waitingNow(
  def: CompiledDefinition, snapshot: TrajectorySnapshot, now: Date, facts?: Facts, calendar?: SchoolCalendar,
): WaitingNow {
  const leaves = snapshot.status === 'done' ? [] : leafPaths(snapshot.value);
  const declared = Object.keys(def.definition.roles);
  const byStep: Record<string, Set<string>> = Object.fromEntries(leaves.map((leaf) => [leaf, new Set<string>()]));
  for (const event of describe(def, snapshot).events) {
    const roles = event.roles.filter((role) => maySend(def, leaves, event.type, role));
    if (roles.length === 0) continue;
    if (event.form === undefined && !goesThrough(def, snapshot, event.type, roles[0]!, now, facts)) continue;
    for (const leaf of leaves) if (ancestry(leaf).includes(event.step)) roles.forEach((r) => byStep[leaf]!.add(r));
  }
  // The step's own order of its roles (`meta.roles`: who it waits for, as the author listed them), then the type's.
  const steps = Object.fromEntries(Object.entries(byStep).map(([leaf, set]) => {
    const own = def.index.states.get(leaf)?.config.meta?.roles ?? [];
    const order = [...own, ...declared.filter((r) => !own.includes(r))];
    return [leaf, [...set].sort((a, b) => rank(order, a) - rank(order, b))];
  }));
  const roles = [...new Set(Object.values(steps).flat())];
  return {
    steps,
    roles,
    system: roles.length > 0 || leaves.length === 0 ? [] : systemWaits(def, snapshot, leaves, calendar),
  };
}

/** A role's place in the type's list (undeclared roles last). */
const rank = (order: readonly string[], role: string) => (order.includes(role) ? order.indexOf(role) : order.length);

/** The timers of the active steps (earliest first), then the group events they handle. */
function systemWaits(def: CompiledDefinition, snapshot: TrajectorySnapshot, leaves: readonly string[], calendar?: SchoolCalendar): SystemWait[] {
  const timers = activeTimers(def, snapshot, calendar ? { calendar } : {})
    .filter((t): t is typeof t & { dueAt: string } => t.dueAt !== undefined && maySystemSend(def, leaves, t.type))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .map((t): SystemWait => ({ kind: 'timer', event: t.type, label: t.label, at: t.dueAt }));
  const groups = [...def.groupEvents].filter((type) => handlesEvent(def, leaves, type))
    .map((type): SystemWait => ({ kind: 'group', event: type, label: eventTitle(def, type) }));
  return [...timers, ...groups];
}

/** Whether the system's timer event is one an active step listens to (a timer another step declares does not count). */
const maySystemSend = (def: CompiledDefinition, leaves: readonly string[], type: string) =>
  accepted(() => checkSender(def, leaves, type, SYSTEM_ACTOR));
