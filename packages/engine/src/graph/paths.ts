import { fromTransition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { type RejectionReason, TransitionRejected } from '../errors';
import type { JsonObject, Localized } from '../format/types';
import { leafPaths } from '../format/structure';
import type { CompiledDefinition } from '../run/compile';
import { describe, send, start } from '../run/engine';
import type { TrajectorySnapshot } from '../run/snapshot';
import { SYSTEM_ACTOR, activeTimers } from '../run/timers';
import { type Candidate, type Move, movesOf, tryMove } from './moves';
import { oneTrackAtATime } from './tracks';

export interface PathStep {
  event: string;
  label: Localized;
  /** The sender's role; `systeem` for a timer (then `system` is true: send it with `SYSTEM_ACTOR`). */
  role: string;
  system?: boolean;
  data?: JsonObject;
  from: string[];
  to: string[];
  /** Leaf steps entered and left in the same moment (an automatic step, a track's final step at the join). */
  passed?: string[];
}

export interface TrajectoryPath {
  steps: PathStep[];
  /** The active steps where the path ends. */
  end: string[];
  /** True when the trajectory is finished there; false when nothing more can happen (stuck). */
  done: boolean;
  /** For a stuck path: each event the step offers and why none of its tries got further. */
  blocked?: PathBlocker[];
}

/** Why an event did not lead on from a stuck step: a refusal reason, or `no-progress` when it stayed put. */
export interface PathBlocker {
  event: string;
  label: Localized;
  reason: RejectionReason | 'no-progress' | 'no-example';
  /** The refused fields, for form problems. */
  fields?: string[];
}

/** Where the walk is: a snapshot, and the in-step events it took since it came here (each at most once). */
interface Place {
  snapshot: TrajectorySnapshot;
  taken: string[];
  /** Leaf steps the move that led here passed through (not part of where the walk is). */
  passed: string[];
}

/**
 * Every simple path from the start to an end: a finished trajectory or a state where no event can be
 * taken. Walks with xstate/graph over the whole engine (`send`: roles, form validation, guards), trying
 * each event with each example answer of its form, so every branch an answer can choose is followed.
 * A state is its step(s) plus the bounded counters, so loops counted by a counter with `max` unroll.
 * The tracks of a parallel step are walked one after another, not in every ordering (`oneTrackAtATime`);
 * an end that walk cannot reach (tracks waiting on each other) comes with its shortest path over all orderings.
 * An event that stays in the step (no target, or a self-transition) is taken at most once per visit, and
 * only when it changes what the step's other events do, e.g. a counter a guard waits for.
 */
export function simplePaths(def: CompiledDefinition, opts: { now?: string } = {}): TrajectoryPath[] {
  const startedAt = opts.now ?? '2026-09-01T08:00:00.000Z';
  const bounded = Object.entries(def.definition.counters ?? {}).filter(([, c]) => c.max !== undefined).map(([n]) => n);
  const key = (s: TrajectorySnapshot) =>
    JSON.stringify([s.value, s.status, bounded.map((name) => s.context.counters[name] ?? 0)]);
  const placeKey = (p: Place) => (p.taken.length === 0 ? key(p.snapshot) : JSON.stringify([key(p.snapshot), p.taken]));
  const eventId = (c: Candidate) => JSON.stringify([c.type, c.data ?? null]);
  const moves = movesOf(def, key);
  const outcomes = (s: TrajectorySnapshot) => [...new Set(moves(s).filter((m) => !m.inStep).map((m) => key(m.next)))].sort().join('|');

  const usefulMoves = (p: Place): Move[] => {
    const all = moves(p.snapshot);
    const here = outcomes(p.snapshot);
    const last = Math.max(-1, ...p.taken.map((id) => all.findIndex((m) => eventId(m) === id)));
    // In-step events in the order the step lists them, so taking two of them gives one path, not two orderings.
    return all.filter((m, i) => !m.inStep || (i > last && outcomes(m.next) !== here));
  };
  const go = (p: Place, m: Move): Place => {
    const { next, passed } = tryMove(def, p.snapshot, m);
    return { snapshot: next, taken: m.inStep ? [...p.taken, eventId(m)] : [], passed };
  };

  const initial: Place = { snapshot: start(def, { now: startedAt }).snapshot, taken: [], passed: [] };
  const logic = fromTransition((p: Place, m: Move) => go(p, m), initial);
  const over = (events: (p: Place) => Move[]) => ({
    events: ((snap: { context: Place }) => events(snap.context)) as never,
    serializeState: ((snap: { context: Place }) => placeKey(snap.context)) as never,
    serializeEvent: eventId as never,
    limit: 50_000,
  });

  const out: TrajectoryPath[] = [];
  const seen = new Set<string>();
  const ends = new Set<string>();
  const add = (target: GraphPath) => {
    const end = target.state.context;
    const done = end.snapshot.status === 'done';
    if (!done && usefulMoves(end).length > 0) return;
    // Each graph step holds the state *after* its event; the first one is the initial state.
    const steps = target.steps.filter((s) => s.event?.type !== undefined && !s.event.type.startsWith('xstate.'));
    const states = [placeKey(initial), ...steps.map((s) => placeKey(s.state.context))].join('>');
    if (seen.has(states)) return;
    seen.add(states);
    ends.add(key(end.snapshot));
    out.push({
      steps: steps.map((s, i) => {
        const before = (i === 0 ? initial : steps[i - 1]!.state.context).snapshot;
        const { passed } = s.state.context;
        return {
          event: s.event.type, label: s.event.label, role: s.event.role, ...(s.event.system ? { system: true } : {}),
          ...(s.event.data ? { data: s.event.data } : {}),
          from: leafPaths(before.value),
          to: leafPaths(s.state.context.snapshot.value),
          ...(passed.length > 0 ? { passed } : {}),
        };
      }),
      end: leafPaths(end.snapshot.value),
      done,
      ...(done ? {} : { blocked: blockers(def, end.snapshot) }),
    });
  };
  for (const target of getSimplePaths(logic as never, over((p) => oneTrackAtATime(def, p.snapshot, usefulMoves(p))))) add(target as never);
  // Tracks that wait for each other while going round can hide an end from the one-track-at-a-time walk: the
  // shortest way to every end (finished or stuck) it did not reach, over all orderings, makes sure none is missed.
  for (const target of getShortestPaths(logic as never, over(usefulMoves))) {
    if (!ends.has(key((target as unknown as GraphPath).state.context.snapshot))) add(target as never);
  }
  return out;
}

type GraphPath = { state: { context: Place }; steps: Array<{ state: { context: Place }; event: Move }> };

/** Tries every event a stuck step offers with each example of its form, and each timer, and reports what stopped it. */
function blockers(def: CompiledDefinition, s: TrajectorySnapshot): PathBlocker[] {
  const out: PathBlocker[] = [];
  for (const timer of activeTimers(def, s)) {
    try {
      send(def, s, { type: timer.type }, { actor: SYSTEM_ACTOR, now: s.updatedAt });
      out.push({ event: timer.type, label: timer.label, reason: 'no-progress' });
    } catch (error) {
      if (!(error instanceof TransitionRejected)) throw error;
      out.push({ event: timer.type, label: timer.label, reason: error.reason });
    }
  }
  for (const e of describe(def, s).events) {
    const examples = e.form ? (def.forms.get(e.form)?.definition.examples ?? []) : [undefined];
    if (examples.length === 0) out.push({ event: e.type, label: e.label, reason: 'no-example' });
    for (const data of examples) {
      try {
        send(def, s, { type: e.type, ...(data ? { data } : {}) }, { actor: { roles: [e.roles[0]!] }, now: s.updatedAt });
        out.push({ event: e.type, label: e.label, reason: 'no-progress' });
      } catch (error) {
        if (!(error instanceof TransitionRejected)) throw error;
        const fields = error.fieldErrors.map((f) => f.path);
        out.push({ event: e.type, label: e.label, reason: error.reason, ...(fields.length > 0 ? { fields } : {}) });
      }
    }
  }
  return out;
}
