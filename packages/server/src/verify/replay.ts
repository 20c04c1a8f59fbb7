import {
  type CompiledDefinition, type EngineResult, type Facts, type JsonObject, type Localized, type SchoolCalendar, SYSTEM_ACTOR, TransitionRejected, send, start,
} from '@koers/engine';
import { START_EVENT, type StoredEvent, type Trajectory } from '@koers/store';
import { stateOf } from '../trajectories/state';
import { firstDifference } from './diff';

/** Where a stored trajectory first disagrees with the replay of its event log. */
export interface ReplayDifference {
  /** The event at which the difference shows (the last event for a snapshot that differs). */
  seq: number;
  /** JSON pointer into the stored trajectory (`/snapshot/context/...`, `/steps/0`, `/events/3`, …). */
  pointer: string;
  message: Localized;
}

/** JSON as the database keeps it: `undefined` members gone, `-0` as `0`. */
const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function differs(seq: number, pointer: string, nl: string, en: string): ReplayDifference {
  return { seq, pointer, message: { nl, en } };
}

/** The first seq from 1 to the trajectory's version that is not where it belongs in the log. */
function gapIn(t: Trajectory, events: StoredEvent[]): ReplayDifference | undefined {
  for (let i = 0; i < Math.max(t.version, events.length); i++) {
    const seq = i + 1;
    const event = events[i];
    if (seq > t.version) return differs(seq, '/version', `gebeurtenis ${seq} staat in het log maar het traject staat op versie ${t.version}`, `event ${seq} is in the log but the trajectory is at version ${t.version}`);
    if (event?.seq !== seq) return differs(seq, `/events/${seq}`, `gebeurtenis ${seq} ontbreekt in het log`, `event ${seq} is missing from the log`);
  }
  return undefined;
}

function stepsDiffer(seq: number, field: 'stepsBefore' | 'stepsAfter', expected: string[], actual: string[]): ReplayDifference | undefined {
  const at = firstDifference(expected, actual);
  if (at === undefined) return undefined;
  return differs(seq, `/events/${seq}/${field}${at}`, `stappen ${field === 'stepsBefore' ? 'vóór' : 'na'} gebeurtenis ${seq}: opgeslagen ${JSON.stringify(actual)}, herhaald ${JSON.stringify(expected)}`,
    `steps ${field === 'stepsBefore' ? 'before' : 'after'} event ${seq}: stored ${JSON.stringify(actual)}, replayed ${JSON.stringify(expected)}`);
}

/**
 * Replays a trajectory's event log through its definition version (the start, then every event with the
 * stored actor, roles, data and time) and compares the outcome with what is stored: the snapshot, the
 * columns derived from it, the steps recorded with each event, and the log itself (seq 1 to `version`,
 * no gaps), on the school's calendar (due dates). Pure: the caller reads the rows.
 * @example const diff = replayTrajectory(def, trajectory, events); if (diff) console.log(diff.seq, diff.pointer);
 */
export function replayTrajectory(def: CompiledDefinition, t: Trajectory, events: StoredEvent[], calendar?: SchoolCalendar, facts?: Facts): ReplayDifference | undefined {
  const gap = gapIn(t, events);
  if (gap) return gap;
  const first = events[0]!;
  if (first.type !== START_EVENT) return differs(1, '/events/1/type', `gebeurtenis 1 is ${first.type}, niet de start`, `event 1 is ${first.type}, not the start`);
  let result: EngineResult;
  try {
    result = start(def, { now: first.at, ...(calendar ? { calendar } : {}) });
  } catch (error) {
    return differs(1, '/events/1', `de start lukt niet: ${String(error)}`, `the start fails: ${String(error)}`);
  }
  const startSteps = result.steps.map((s) => s.path);
  const atStart = stepsDiffer(1, 'stepsBefore', [], first.stepsBefore) ?? stepsDiffer(1, 'stepsAfter', startSteps, first.stepsAfter);
  if (atStart) return atStart;
  for (const event of events.slice(1)) {
    const before = result.steps.map((s) => s.path);
    const wrongBefore = stepsDiffer(event.seq, 'stepsBefore', before, event.stepsBefore);
    if (wrongBefore) return wrongBefore;
    try {
      const data = event.data === null || event.data === undefined ? {} : { data: event.data as JsonObject };
      // A timer's event was sent by the system, and is replayed as such.
      const actor = event.system ? SYSTEM_ACTOR : { ...(event.actor ? { id: event.actor.id } : {}), roles: event.actorRoles };
      result = send(def, result.snapshot, { type: event.type, ...data }, { actor, now: event.at, ...(calendar ? { calendar } : {}), ...(facts ? { facts } : {}) });
    } catch (error) {
      const why = error instanceof TransitionRejected ? error.reason : String(error);
      return differs(event.seq, `/events/${event.seq}`, `de engine weigert gebeurtenis ${event.seq} (${event.type}): ${why}`, `the engine refuses event ${event.seq} (${event.type}): ${why}`);
    }
    const wrongAfter = stepsDiffer(event.seq, 'stepsAfter', result.steps.map((s) => s.path), event.stepsAfter);
    if (wrongAfter) return wrongAfter;
  }
  const last = events[events.length - 1]!;
  const expected = asStored(stateOf(result));
  const snapshotAt = firstDifference(expected.snapshot, t.snapshot);
  if (snapshotAt !== undefined) {
    return differs(last.seq, `/snapshot${snapshotAt}`, 'de opgeslagen snapshot wijkt af van de herhaling van het log', 'the stored snapshot differs from the replayed log');
  }
  const columns = { status: t.status, steps: t.steps, stepsDueAt: t.stepsDueAt, waitingRoles: t.waitingRoles, enteredAt: t.enteredAt, dueAt: t.dueAt, lastActivityAt: t.lastActivityAt };
  const replayed = { ...expected, lastActivityAt: last.at, snapshot: undefined };
  const columnAt = firstDifference(asStored(replayed), asStored(columns));
  if (columnAt !== undefined) {
    return differs(last.seq, columnAt, 'een afgeleide kolom wijkt af van de herhaling van het log', 'a derived column differs from the replayed log');
  }
  return undefined;
}
