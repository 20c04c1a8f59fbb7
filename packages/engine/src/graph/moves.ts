import { TransitionRejected } from '../errors';
import type { JsonObject, Localized } from '../format/types';
import { leafPaths } from '../format/structure';
import type { CompiledDefinition } from '../run/compile';
import { describe, send } from '../run/engine';
import type { TrajectorySnapshot } from '../run/snapshot';
import { SYSTEM_ACTOR, activeTimers } from '../run/timers';
import { handlesEvent } from '../groups/events';

/**
 * The group events the active steps accept (being placed in a group, a shared meeting recorded), sent by the
 * system with the data the server sends them with: a path can take them like a timer.
 */
function groupCandidates(def: CompiledDefinition, s: TrajectorySnapshot): Candidate[] {
  const groups = def.definition.groups;
  if (!groups || s.status === 'done') return [];
  const steps = leafPaths(s.value);
  const out: Candidate[] = [];
  if (handlesEvent(def, steps, groups.join.event)) {
    out.push({ type: groups.join.event, role: SYSTEM_ROLE, label: groups.title, system: true, data: { group: { id: 'groep', name: groups.title.nl } } });
  }
  for (const meeting of Object.values(groups.meetings ?? {})) {
    if (!meeting.event || !handlesEvent(def, steps, meeting.event)) continue;
    out.push({ type: meeting.event, role: SYSTEM_ROLE, label: meeting.title, system: true, data: { meetingId: 'bijeenkomst', heldOn: s.updatedAt.slice(0, 10), present: [] } });
  }
  return out;
}

/** Who sends a timer event on a path: the system (`SYSTEM_ACTOR`), shown under this name. */
export const SYSTEM_ROLE = 'systeem';

/** One event a path can take: who sends it, and with which example answer of its form. */
export interface Candidate {
  type: string;
  /** A role of the sender; `systeem` for a timer. */
  role: string;
  label: Localized;
  data?: JsonObject;
  /** A timer event: the system sends it when its moment comes. */
  system?: boolean;
}

/** A candidate the engine accepts here, with where it leads. `inStep`: it stays in the same place (same key). */
export interface Move extends Candidate {
  next: TrajectorySnapshot;
  inStep: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Sends a candidate one day after the snapshot's last change: the snapshot it leads to and the leaf steps it
 * enters and leaves again at once (an automatic step, or the final step of the last track to finish a parallel
 * step at the join, which a path would otherwise never show). A refusal leaves the snapshot as it was.
 */
export function tryMove(def: CompiledDefinition, s: TrajectorySnapshot, c: Candidate): { next: TrajectorySnapshot; passed: string[] } {
  try {
    const now = new Date(Date.parse(s.updatedAt) + DAY).toISOString();
    const actor = c.system ? SYSTEM_ACTOR : { roles: [c.role] };
    const result = send(def, s, { type: c.type, ...(c.data ? { data: c.data } : {}) }, { actor, now });
    const resting = new Set(leafPaths(result.snapshot.value));
    const passed = result.entered.filter((path) => {
      const kind = def.index.states.get(path)?.kind;
      return (kind === 'atomic' || kind === 'final') && !resting.has(path);
    });
    return { next: result.snapshot, passed };
  } catch (error) {
    if (error instanceof TransitionRejected) return { next: s, passed: [] };
    throw error;
  }
}

/**
 * Every move the engine accepts in a snapshot: each event, with each example answer of its form, each timer
 * of an active step and each group event it accepts (sent by the system: a path can take them like any event). Examples that
 * lead to the same place are one move (keep the first), so the walk grows with the outcomes a form can choose,
 * not with how many examples it has; a refused example (one meant to show a rule) leads nowhere. Cached per
 * place and context.
 */
export function movesOf(def: CompiledDefinition, key: (s: TrajectorySnapshot) => string): (s: TrajectorySnapshot) => Move[] {
  const cache = new Map<string, Move[]>();
  return (s) => {
    const here = key(s);
    const cacheKey = JSON.stringify([here, s.context]);
    const known = cache.get(cacheKey);
    if (known) return known;
    const out: Move[] = [];
    for (const e of describe(def, s).events) {
      const base = { type: e.type, role: e.roles[0]!, label: e.label };
      const tries = e.form ? (def.forms.get(e.form)?.definition.examples ?? []) : [undefined];
      const outcomes = new Set<string>();
      for (const data of tries) {
        const { next } = tryMove(def, s, { ...base, ...(data ? { data } : {}) });
        const outcome = key(next);
        if (next === s || outcomes.has(outcome)) continue;
        outcomes.add(outcome);
        out.push({ ...base, ...(data ? { data } : {}), next, inStep: outcome === here });
      }
    }
    for (const timer of activeTimers(def, s)) {
      const candidate: Candidate = { type: timer.type, role: SYSTEM_ROLE, label: timer.label, system: true };
      const { next } = tryMove(def, s, candidate);
      const outcome = key(next);
      if (next === s || out.some((m) => m.type === timer.type && key(m.next) === outcome)) continue;
      out.push({ ...candidate, next, inStep: outcome === here });
    }
    for (const candidate of groupCandidates(def, s)) {
      const { next } = tryMove(def, s, candidate);
      const outcome = key(next);
      if (next === s || out.some((m) => m.type === candidate.type && key(m.next) === outcome)) continue;
      out.push({ ...candidate, next, inStep: outcome === here });
    }
    cache.set(cacheKey, out);
    return out;
  };
}
