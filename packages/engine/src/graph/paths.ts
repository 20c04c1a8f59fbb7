import { fromTransition } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { type RejectionReason, TransitionRejected } from '../errors';
import type { JsonObject, Localized } from '../format/types';
import { leafPaths } from '../format/structure';
import type { CompiledDefinition } from '../run/compile';
import { describe, send, start } from '../run/engine';
import type { TrajectorySnapshot } from '../run/snapshot';

export interface PathStep {
  event: string;
  label: Localized;
  role: string;
  data?: JsonObject;
  from: string[];
  to: string[];
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

interface Candidate {
  type: string;
  role: string;
  label: Localized;
  data?: JsonObject;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Every simple path from the start to an end: a finished trajectory or a state where no event can be
 * taken. Walks with xstate/graph over the whole engine (`send`: roles, form validation, guards), trying
 * each event with each example answer of its form, so every branch an answer can choose is followed.
 * A state is its step(s) plus the bounded counters, so loops counted by a counter with `max` unroll.
 */
export function simplePaths(def: CompiledDefinition, opts: { now?: string } = {}): TrajectoryPath[] {
  const startedAt = opts.now ?? '2026-09-01T08:00:00.000Z';
  const bounded = Object.entries(def.definition.counters ?? {}).filter(([, c]) => c.max !== undefined).map(([n]) => n);
  const key = (s: TrajectorySnapshot) =>
    JSON.stringify([s.value, s.status, bounded.map((name) => s.context.counters[name] ?? 0)]);

  const step = (s: TrajectorySnapshot, c: Candidate): TrajectorySnapshot => {
    try {
      const now = new Date(Date.parse(s.updatedAt) + DAY).toISOString();
      return send(def, s, { type: c.type, ...(c.data ? { data: c.data } : {}) }, { actor: { roles: [c.role] }, now }).snapshot;
    } catch (error) {
      if (error instanceof TransitionRejected) return s;
      throw error;
    }
  };

  // Examples that lead to the same place are one branch: keep the first, so the walk grows with the
  // outcomes a form can choose, not with how many examples it has.
  const cache = new Map<string, Candidate[]>();
  const candidates = (s: TrajectorySnapshot): Candidate[] => {
    const cacheKey = JSON.stringify([key(s), s.context]);
    const known = cache.get(cacheKey);
    if (known) return known;
    const out: Candidate[] = [];
    for (const e of describe(def, s).events) {
      const base = { type: e.type, role: e.roles[0]!, label: e.label };
      if (!e.form) {
        out.push(base);
        continue;
      }
      const outcomes = new Set<string>();
      for (const data of def.forms.get(e.form)?.definition.examples ?? []) {
        const next = step(s, { ...base, data });
        const outcome = key(next);
        // A refused example (one meant to show a rule) leads nowhere.
        if (next === s || outcomes.has(outcome)) continue;
        outcomes.add(outcome);
        out.push({ ...base, data });
      }
    }
    cache.set(cacheKey, out);
    return out;
  };

  const initial = start(def, { now: startedAt }).snapshot;
  const logic = fromTransition((s: TrajectorySnapshot, c: Candidate) => step(s, c), initial);
  const serializeState = (snap: { context: TrajectorySnapshot }) => key(snap.context);
  const found = getSimplePaths(logic as never, {
    events: ((snap: { context: TrajectorySnapshot }) => candidates(snap.context)) as never,
    serializeState: serializeState as never,
    serializeEvent: ((c: Candidate) => JSON.stringify([c.type, c.data ?? null])) as never,
    limit: 50_000,
  });

  const out: TrajectoryPath[] = [];
  const seen = new Set<string>();
  for (const target of found as unknown as Array<{ state: { context: TrajectorySnapshot }; steps: Array<{ state: { context: TrajectorySnapshot }; event: Candidate }> }>) {
    const end = target.state.context;
    const done = end.status === 'done';
    if (!done && candidates(end).some((c) => key(step(end, c)) !== key(end))) continue;
    // Each graph step holds the state *after* its event; the first one is the initial state.
    const steps = target.steps.filter((s) => s.event?.type !== undefined && !s.event.type.startsWith('xstate.'));
    const states = [key(initial), ...steps.map((s) => key(s.state.context))].join('>');
    if (seen.has(states)) continue;
    seen.add(states);
    out.push({
      steps: steps.map((s, i) => ({
        event: s.event.type, label: s.event.label, role: s.event.role,
        ...(s.event.data ? { data: s.event.data } : {}),
        from: leafPaths((i === 0 ? initial : steps[i - 1]!.state.context).value),
        to: leafPaths(s.state.context.value),
      })),
      end: leafPaths(end.value),
      done,
      ...(done ? {} : { blocked: blockers(def, end) }),
    });
  }
  return out;
}

/** Tries every event a stuck step offers with each example of its form and reports what stopped it. */
function blockers(def: CompiledDefinition, s: TrajectorySnapshot): PathBlocker[] {
  const out: PathBlocker[] = [];
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
