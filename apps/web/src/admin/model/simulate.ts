import {
  type CompiledDefinition, type Effect, type JsonObject, type Localized, type RaisedFlag, type Region, type TrajectorySnapshot,
  TransitionRejected, addDuration, describe, eventFormIn, leafPaths, send, start,
} from '@koers/engine';
import { type Refusal, explainRefusal } from './simulate-refusal';
import { calendarOf, fastForward, moveClock } from './simulate-time';
import { simulationFacts } from './simulate-facts';

/*
 * A simulated trajectory of a draft type: the engine's own start/send (roles, form validation, required fields,
 * guards) on a clock the admin moves, with every moment kept so that any earlier one can be returned to. Pure:
 * nothing is stored or sent; the Proberen tab wraps `simulate` as an XState actor.
 */

/** Where every simulation starts: Tuesday 1 September 2026, 09:00 in Amsterdam (the school year's first day). */
export const SIM_START = '2026-09-01T07:00:00.000Z';

/** One moment of the simulation: the start, an accepted event, or a move of the clock. */
export type SimEntry =
  | { kind: 'start'; at: string; snapshot: TrajectorySnapshot; entered: string[] }
  | {
    kind: 'event'; at: string; snapshot: TrajectorySnapshot; entered: string[];
    type: string; label: Localized; roles: string[]; form?: string; data?: JsonObject; effects: Effect[];
    /** Soft rules that did not hold (issue 13): the event went through, and the trajectory would carry these flags. */
    flags?: RaisedFlag[];
  }
  | { kind: 'clock'; at: string; snapshot: TrajectorySnapshot }
  /** A timer event the system sent when its moment came (`skipped`: the engine refused it, and why). */
  | {
    kind: 'timer'; at: string; key: string; snapshot: TrajectorySnapshot; entered: string[];
    type: string; label: Localized; effects: Effect[]; skipped?: Localized; flags?: RaisedFlag[];
  }
  /** A reminder or escalation that became due: to whom, about which step. */
  | { kind: 'reminder'; at: string; key: string; snapshot: TrajectorySnapshot; reminder: 'reminder' | 'escalation'; step: string; roles: string[]; label: Localized; title: Localized };

/** A simulation: the compiled draft, its moments (never empty: the first is the start), and who acts now. */
export interface Simulation {
  compiled: CompiledDefinition;
  entries: SimEntry[];
  /** The roles the admin acts in (the engine allows an event when any of them may send it). */
  roles: string[];
  /** The last refused event with its reasons; cleared by the next thing that succeeds. */
  refusal?: Refusal;
  /** Something the admin should know that did not come from an event (the draft changed under the simulation). */
  notice?: Localized;
  /** The holiday region whose school calendar anchors and due dates count with (default `midden`). */
  region?: Region;
}

/** What the simulation can be asked to do. */
export type SimCommand =
  | { type: 'send'; event: string; data?: JsonObject }
  | { type: 'advance'; by: string }
  /** "Spoel vooruit" by an ISO duration, or `next`: to the next timer. */
  | { type: 'forward'; by: string }
  | { type: 'region'; region: Region }
  | { type: 'clock'; to: string }
  | { type: 'roles'; roles: string[] }
  | { type: 'jump'; index: number }
  | { type: 'reset' }
  | { type: 'load'; simulation: Simulation }
  | { type: 'rebase'; compiled: CompiledDefinition }
  | { type: 'dismiss' };

/** The latest moment. */
export const latest = (sim: Simulation): SimEntry => sim.entries[sim.entries.length - 1]!;
/** The simulated clock: the time of the latest moment. */
export const clockOf = (sim: Simulation): string => latest(sim).at;
/** The trajectory as it stands now. */
export const snapshotOf = (sim: Simulation): TrajectorySnapshot => latest(sim).snapshot;
/** The engine's view of where it stands: the current steps and every event they declare. */
export const viewOf = (sim: Simulation) => describe(sim.compiled, snapshotOf(sim), { calendar: calendarOf(sim) });

/** The roles to act in at first: those the first step's events allow, else the type's first role. */
export function firstRoles(compiled: CompiledDefinition, snapshot: TrajectorySnapshot): string[] {
  const first = describe(compiled, snapshot).events[0]?.roles[0] ?? Object.keys(compiled.definition.roles ?? {})[0];
  return first ? [first] : [];
}

/**
 * A new simulation of a compiled draft at `at` (default SIM_START): the engine's start as the first moment
 * (a capacity is at least 1, so the one simulated trajectory always fits).
 */
export function beginSimulation(compiled: CompiledDefinition, at: string = SIM_START, roles?: string[], region?: Region): Simulation {
  const { snapshot, entered } = start(compiled, { now: at, calendar: calendarOf({ region }) });
  return { compiled, entries: [{ kind: 'start', at, snapshot, entered }], roles: roles ?? firstRoles(compiled, snapshot), ...(region ? { region } : {}) };
}

/** The simulation with only what a new moment keeps: no refusal or notice any more. */
const kept = (sim: Simulation, entries: SimEntry[]): Simulation => ({ compiled: sim.compiled, entries, roles: sim.roles, ...(sim.region ? { region: sim.region } : {}) });

/**
 * Sends an event as `roles` at `at` through the engine. Accepted: a new moment; refused: the simulation as it
 * was with the refusal and its reasons in words. Any error other than a refusal is a bug and is thrown.
 */
export function sendAs(sim: Simulation, event: string, data: JsonObject | undefined, roles: string[], at: string): Simulation {
  const snapshot = snapshotOf(sim);
  const label = describe(sim.compiled, snapshot).events.find((e) => e.type === event)?.label
    ?? sim.compiled.events.get(event)?.[0]?.spec.label ?? { nl: event, en: event };
  try {
    const result = send(sim.compiled, snapshot, { type: event, ...(data ? { data } : {}) }, { actor: { id: 'simulatie', roles }, now: at, calendar: calendarOf(sim), facts: simulationFacts(sim.compiled) });
    const form = eventFormIn(sim.compiled, leafPaths(snapshot.value), event);
    const entry: SimEntry = {
      kind: 'event', at, snapshot: result.snapshot, entered: result.entered, type: event, label, roles: [...roles],
      ...(form ? { form } : {}), ...(data ? { data: structuredClone(data) } : {}), effects: result.effects,
      ...(result.flags.length > 0 ? { flags: result.flags } : {}),
    };
    return kept(sim, [...sim.entries, entry]);
  } catch (error) {
    if (!(error instanceof TransitionRejected)) throw error;
    return { ...sim, refusal: explainRefusal(sim.compiled, snapshot, { event, label, roles, error }), notice: undefined };
  }
}

/**
 * Moves the clock to `to`. It can go forward, or back as far as the last event (earlier moments are returned to
 * with `jump`); consecutive moves are one moment. Returns the simulation unchanged for an earlier time.
 */
export function setClock(sim: Simulation, to: string): Simulation {
  const entries = latest(sim).kind === 'clock' ? sim.entries.slice(0, -1) : sim.entries;
  const floor = entries[entries.length - 1]!;
  if (Number.isNaN(Date.parse(to)) || Date.parse(to) < Date.parse(floor.at)) return sim;
  const at = new Date(to).toISOString();
  const next = at === floor.at ? entries : [...entries, { kind: 'clock' as const, at, snapshot: floor.snapshot }];
  return kept(sim, next);
}

/** The simulation's next state: the logic of the simulation actor (pure, like the engine it drives). */
export function simulate(sim: Simulation, command: SimCommand): Simulation {
  switch (command.type) {
    case 'send':
      return sendAs(sim, command.event, command.data, sim.roles, clockOf(sim));
    case 'advance':
      return moveClock(sim, addDuration(clockOf(sim), command.by));
    case 'clock':
      return moveClock(sim, command.to);
    case 'forward':
      return fastForward(sim, command.by);
    case 'region':
      return rebase({ ...sim, region: command.region }, sim.compiled, true);
    case 'roles':
      return { ...sim, roles: [...command.roles], refusal: undefined };
    case 'jump':
      if (command.index < 0 || command.index >= sim.entries.length) return sim;
      return kept(sim, sim.entries.slice(0, command.index + 1));
    case 'reset':
      return { ...beginSimulation(sim.compiled, sim.entries[0]!.at, undefined, sim.region), roles: sim.roles };
    case 'load':
      return command.simulation;
    case 'rebase':
      return rebase(sim, command.compiled);
    case 'dismiss':
      return kept(sim, sim.entries);
    default:
      // XState hands its own events to the logic too (`xstate.stop` when the actor stops): they change nothing.
      return sim;
  }
}

/**
 * The same simulation on a changed draft: every moment played again through the new compiled type with the
 * same roles, data and times. Where the new draft refuses an event (or no longer has a role), the simulation
 * stops just before it, with a notice saying so; an unchanged outcome says nothing.
 */
export function rebase(sim: Simulation, compiled: CompiledDefinition, force = false): Simulation {
  if (compiled === sim.compiled && !force) return sim;
  const known = new Set(Object.keys(compiled.definition.roles ?? {}));
  const roles = sim.roles.filter((r) => known.has(r));
  let next: Simulation = beginSimulation(compiled, sim.entries[0]!.at, roles.length > 0 ? roles : undefined, sim.region);
  for (const [i, entry] of sim.entries.entries()) {
    if (entry.kind === 'start') continue;
    // What the clock fired is fired again by moving the clock there (or went with an earlier move).
    if (entry.kind === 'timer' || entry.kind === 'reminder') {
      if (Date.parse(entry.at) > Date.parse(clockOf(next))) next = moveClock(next, entry.at);
      continue;
    }
    if (entry.kind === 'clock' && entry.at === clockOf(next)) continue;
    const moved = entry.kind === 'clock' ? moveClock(next, entry.at) : sendAs(next, entry.type, entry.data, entry.roles, entry.at);
    if (moved.refusal || moved.entries.length === next.entries.length) {
      const lost = sim.entries.length - i;
      const what = entry.kind === 'event' ? entry.label : { nl: 'de klok', en: 'the clock' };
      const why = moved.refusal?.message ?? { nl: '', en: '' };
      return {
        compiled, entries: next.entries, roles: next.roles, ...(next.region ? { region: next.region } : {}),
        notice: {
          nl: `De trajectsoort is veranderd: de simulatie gaat nu tot vóór "${what.nl}" (${lost} ${lost === 1 ? 'moment' : 'momenten'} vervallen). ${why.nl}`.trim(),
          en: `The trajectory type changed: the simulation now goes up to before "${what.en}" (${lost} ${lost === 1 ? 'moment' : 'moments'} dropped). ${why.en}`.trim(),
        },
      };
    }
    next = moved;
  }
  return next;
}
