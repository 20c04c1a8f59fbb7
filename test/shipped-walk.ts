import {
  type CompiledDefinition, type Effect, type JsonObject, type TrajectorySnapshot, SYSTEM_ACTOR, leafPaths, loadBundle, send, simplePaths,
  start,
} from '@koers/engine';
import { readTree } from '@koers/testing';

/** The shipped types, loaded once, and small helpers to walk them in the workflow tests. */
export const bundle = loadBundle(readTree('workflows', 'forms'));
export const T0 = '2026-09-01T08:00:00.000Z';
export const DAY = 86_400_000;
export const typeOf = (id: string) => bundle.definitions.find((d) => d.definition.id === id) as CompiledDefinition;
export const example = (def: CompiledDefinition, form: string, index = 0) =>
  structuredClone(def.forms.get(form)!.definition.examples![index]!) as JsonObject;
export const later = (s: TrajectorySnapshot, days = 1) => new Date(Date.parse(s.updatedAt) + days * DAY).toISOString();
export const notices = (effects: Effect[]) => effects.filter((e) => e.type === 'notify');

/** Replays the first simple path that reaches `leaf`, one day per step from T0, and stops there. */
export function walkTo(def: CompiledDefinition, leaf: string, pick: (to: string[]) => boolean = (to) => to.includes(leaf)): TrajectorySnapshot {
  const path = simplePaths(def, { now: T0 }).find((p) => p.steps.some((s) => pick(s.to)));
  if (!path) throw new Error(`no path reaches ${leaf}`);
  let snapshot = start(def, { now: T0 }).snapshot;
  for (const step of path.steps) {
    const actor = step.system ? SYSTEM_ACTOR : { roles: [step.role] };
    const now = new Date(Date.parse(snapshot.updatedAt) + DAY).toISOString();
    snapshot = send(def, snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) }, { actor, now }).snapshot;
    if (pick(leafPaths(snapshot.value))) return snapshot;
  }
  throw new Error(`the path did not stop at ${leaf}`);
}
