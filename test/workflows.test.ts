import { describe, expect, it } from 'vitest';
import {
  type CompiledDefinition, SYSTEM_ACTOR, type TrajectorySnapshot, TransitionRejected, describe as describeTrajectory, leafPaths,
  loadBundle, send, simplePaths, start,
} from '@koers/engine';
import { readTree } from '@koers/testing';

const sources = readTree('workflows', 'forms');
const bundle = loadBundle(sources);
const SHIPPED = ['pd-schoolontwikkeling', 'voortgezet-leren', 'pdca-kwaliteitskaart'];
const T0 = '2026-09-01T08:00:00.000Z';

describe('shipped trajectory types', () => {
  it('load without a single problem', () => {
    expect(bundle.problems).toEqual([]);
    expect(bundle.definitions.map((d) => d.definition.id).sort()).toEqual([...SHIPPED].sort());
  });

  it('name the published JSON Schema in every file, so editors can complete them', () => {
    for (const { file, text } of sources) {
      const kind = file.startsWith('workflows/') ? 'definition' : 'form';
      expect(JSON.parse(text).$schema, file).toBe(`../packages/engine/schemas/${kind}.schema.json`);
    }
  });

  it('use every form somewhere, and every form is shown by a step or recorded at a group meeting', () => {
    const shown = new Set(bundle.definitions.flatMap((d) => [
      ...[...d.index.states.values()].flatMap((s) => s.config.meta?.forms ?? []),
      ...Object.values(d.definition.groups?.meetings ?? {}).flatMap((m) => (m.form ? [m.form] : [])),
    ]));
    expect([...bundle.forms.keys()].filter((id) => !shown.has(id))).toEqual([]);
  });
});

for (const id of SHIPPED) {
  describe(`trajectory type ${id}`, () => {
    const def = bundle.definitions.find((d) => d.definition.id === id) as CompiledDefinition;
    const paths = def ? simplePaths(def, { now: T0 }) : [];

    it('has simple paths, and every one of them finishes', () => {
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((p) => !p.done).map((p) => p.end)).toEqual([]);
    });

    it('visits every step on some path', () => {
      // A track's final step can be passed at the join (the last track to finish): `passed` names it.
      const visited = new Set(paths.flatMap((p) => [...p.steps.flatMap((s) => [...s.from, ...s.to, ...(s.passed ?? [])]), ...p.end]));
      const atomic = [...def.index.states.values()]
        .filter((s) => s.kind === 'atomic' || s.kind === 'final')
        // A step left by an automatic transition at once is never at rest; it shows in no path.
        .filter((s) => !s.config.always)
        .map((s) => s.path);
      expect(atomic.filter((p) => !visited.has(p))).toEqual([]);
    });

    it('replays every path to the same end with the same data', () => {
      for (const path of paths) {
        let snapshot = start(def, { now: T0 }).snapshot;
        let now = Date.parse(T0);
        for (const step of path.steps) {
          now += 86_400_000;
          snapshot = send(def, snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) },
            { actor: actorOf(step), now: new Date(now) }).snapshot;
          expect(leafPaths(snapshot.value)).toEqual(step.to);
        }
        expect(snapshot.status).toBe(path.done ? 'done' : 'active');
      }
    });

    it('rejects at least one event in every step it passes through, with a typed reason', () => {
      const roles = Object.keys(def.definition.roles);
      const seen = new Set<string>();
      const rejectionsPerStep = new Map<string, number>();
      for (const path of paths) {
        let snapshot: TrajectorySnapshot = start(def, { now: T0 }).snapshot;
        for (const step of [...path.steps, undefined]) {
          const key = JSON.stringify(snapshot.value);
          if (!seen.has(key) && snapshot.status === 'active') {
            seen.add(key);
            rejectionsPerStep.set(key, countRejections(def, snapshot, roles));
          }
          if (!step) break;
          snapshot = send(def, snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) },
            { actor: actorOf(step), now: new Date(Date.parse(snapshot.updatedAt) + 86_400_000) }).snapshot;
        }
      }
      expect(rejectionsPerStep.size).toBeGreaterThan(0);
      expect([...rejectionsPerStep].filter(([, n]) => n === 0)).toEqual([]);
    });
  });
}

/** Who sends a path's step: the system for a timer, else someone with the step's role. */
function actorOf(step: { role: string; system?: boolean }) {
  return step.system ? SYSTEM_ACTOR : { roles: [step.role] };
}

/** Sends each available event wrongly (a role that may not, no or empty form data) and counts the typed refusals. */
function countRejections(def: CompiledDefinition, snapshot: TrajectorySnapshot, roles: string[]): number {
  let rejected = 0;
  const attempt = (event: { type: string; data?: Record<string, never> }, actorRoles: string[], expected: string[]) => {
    try {
      send(def, snapshot, event, { actor: { roles: actorRoles }, now: snapshot.updatedAt });
    } catch (error) {
      if (!(error instanceof TransitionRejected)) throw error;
      expect(expected).toContain(error.reason);
      expect(error.messageText.nl.length).toBeGreaterThan(0);
      rejected++;
    }
  };
  for (const event of describeTrajectory(def, snapshot).events) {
    const outsiders = roles.filter((r) => !event.roles.includes(r));
    if (outsiders.length > 0) attempt({ type: event.type, data: {} }, outsiders, ['role-forbidden']);
    if (event.form) {
      attempt({ type: event.type }, event.roles, ['form-missing']);
      attempt({ type: event.type, data: {} }, event.roles, ['form-invalid', 'required-missing', 'guard-false']);
    }
  }
  attempt({ type: 'GEEN_BESTAANDE_ACTIE' }, roles, ['unknown-event']);
  return rejected;
}

