import {
  type Localized, type Region, type SchoolCalendar, type Scheduled, SYSTEM_ACTOR, TransitionRejected,
  addDuration, rejectionMessage, schedule, schoolCalendar, send,
} from '@koers/engine';
import { type SimEntry, type Simulation, clockOf, factsOf, setClock, snapshotOf } from './simulate';

/*
 * Time in Proberen: moving the simulated clock fires, in order, what becomes due on the way — timer events
 * through the engine's `send` as the system (SYSTEM_ACTOR), reminders and escalations as moments of their own —
 * with the engine's `schedule` on the school calendar of the chosen region, as the server's scheduler does.
 */

/** "Spoel vooruit": how far each button moves the clock; `next` goes to the next timer. */
export const FAST_FORWARDS: ReadonlyArray<{ by: string | 'next'; label: Localized }> = [
  { by: 'P1W', label: { nl: '1 week', en: '1 week' } },
  { by: 'P1M', label: { nl: '1 maand', en: '1 month' } },
  { by: 'P3M', label: { nl: '3 maanden', en: '3 months' } },
  { by: 'next', label: { nl: 'tot de volgende timer', en: 'to the next timer' } },
];

/** The holiday regions by name, for the region choice. */
export const REGION_NAMES: Record<Region, Localized> = {
  noord: { nl: 'Noord', en: 'North' },
  midden: { nl: 'Midden', en: 'Middle' },
  zuid: { nl: 'Zuid', en: 'South' },
};

/** The region a simulation counts with when none was chosen: Koers's rule for a school without one. */
export const DEFAULT_REGION: Region = 'midden';

const calendars = new Map<Region, SchoolCalendar>();
/** The school calendar of a simulation's region (the shipped holidays, no study days). */
export function calendarOf(sim: Pick<Simulation, 'region'>): SchoolCalendar {
  const region = sim.region ?? DEFAULT_REGION;
  let cal = calendars.get(region);
  if (!cal) calendars.set(region, (cal = schoolCalendar(region)));
  return cal;
}

/** The keys of what has already fired (or been shown) in this simulation. */
function firedKeys(sim: Simulation): Set<string> {
  return new Set(sim.entries.flatMap((e) => (e.kind === 'timer' || e.kind === 'reminder' ? [e.key] : [])));
}

/** When the trajectory last changed (start, a person's event, a timer): reminders due before that are not sent. */
function changedAt(sim: Simulation): string {
  return [...sim.entries].reverse().find((e) => e.kind === 'start' || e.kind === 'event' || e.kind === 'timer')!.at;
}

/**
 * What is scheduled now and has not fired yet, earliest first: every timer of the current steps (also one whose
 * moment has passed: it fires at once) and the reminders from when the trajectory last changed on.
 */
export function pending(sim: Simulation): Scheduled[] {
  const fired = firedKeys(sim);
  const since = Date.parse(changedAt(sim));
  return schedule(sim.compiled, snapshotOf(sim), { now: clockOf(sim), calendar: calendarOf(sim) })
    .filter((s) => !fired.has(s.key) && (s.kind === 'event' || Date.parse(s.dueAt) >= since));
}

/** The moment of the next timer event, or undefined when no timer runs (or none can be resolved yet). */
export function nextTimerAt(sim: Simulation): string | undefined {
  const next = pending(sim).find((s) => s.kind === 'event');
  if (!next) return undefined;
  return Date.parse(next.dueAt) > Date.parse(clockOf(sim)) ? next.dueAt : clockOf(sim);
}

/** One scheduled thing fired at its moment (or now, when that has passed): a new moment of the simulation. */
function fire(sim: Simulation, item: Scheduled): Simulation {
  const at = Date.parse(item.dueAt) > Date.parse(clockOf(sim)) ? item.dueAt : clockOf(sim);
  const snapshot = snapshotOf(sim);
  const detail = item.detail as { label?: Localized; roles?: string[]; title?: Localized };
  const label = detail.label ?? { nl: item.event ?? item.kind, en: item.event ?? item.kind };
  let entry: SimEntry;
  if (item.kind === 'event') {
    try {
      const facts = factsOf(sim);
      const result = send(sim.compiled, snapshot, { type: item.event! }, { actor: SYSTEM_ACTOR, now: at, calendar: calendarOf(sim), facts });
      entry = { kind: 'timer', at, key: item.key, type: item.event!, label, snapshot: result.snapshot, entered: result.entered, effects: result.effects,
        ...(result.flags.length > 0 ? { flags: result.flags } : {}) };
    } catch (error) {
      if (!(error instanceof TransitionRejected)) throw error;
      entry = { kind: 'timer', at, key: item.key, type: item.event!, label, snapshot, entered: [], effects: [], skipped: rejectionMessage(error.reason) };
    }
  } else {
    entry = {
      kind: 'reminder', at, key: item.key, reminder: item.kind, step: item.step, snapshot,
      roles: detail.roles ?? [], label, title: detail.title ?? { nl: item.step, en: item.step },
    };
  }
  return { ...sim, entries: [...sim.entries, entry], refusal: undefined, notice: undefined };
}

/** A cap on what one move may fire: a definition whose timers keep re-entering their own step stops here. */
const MAX_FIRED = 500;

/**
 * Moves the clock to `to`, firing on the way, in order, everything that becomes due (see `pending`); a move
 * back (not past the last thing that happened) fires nothing.
 */
export function moveClock(sim: Simulation, to: string): Simulation {
  if (Number.isNaN(Date.parse(to))) return sim;
  let next = sim;
  for (let i = 0; i < MAX_FIRED; i++) {
    const due = pending(next).find((s) => Date.parse(s.dueAt) <= Date.parse(to));
    if (!due) break;
    next = fire(next, due);
  }
  return setClock(next, to);
}

/**
 * Fires one timer of the current steps: the clock moves to its moment (or stays, when that has passed), firing
 * what is due before it too. A timer that cannot be resolved yet (its date is not recorded) fires a day on.
 */
export function fireTimer(sim: Simulation, event: string): Simulation {
  const item = pending(sim).find((s) => s.kind === 'event' && s.event === event);
  if (item) return moveClock(sim, Date.parse(item.dueAt) > Date.parse(clockOf(sim)) ? item.dueAt : clockOf(sim));
  const at = addDuration(clockOf(sim), 'P1D');
  const declared = sim.compiled.timers.get(event)?.[0];
  const label = declared?.spec.label ?? { nl: event, en: event };
  const step = declared?.path ?? '';
  return fire(sim, { key: `event:${step}:${event}:${at}`, kind: 'event', step, event, dueAt: at, detail: { label: { nl: label.nl, en: label.en } } });
}

/** "Spoel vooruit" by a duration, or to the next timer (`next`; nothing happens when there is none). */
export function fastForward(sim: Simulation, by: string): Simulation {
  if (by !== 'next') return moveClock(sim, addDuration(clockOf(sim), by));
  const at = nextTimerAt(sim);
  return at === undefined ? sim : moveClock(sim, at);
}
