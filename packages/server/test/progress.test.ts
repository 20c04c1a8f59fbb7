import { describe, expect, it } from 'vitest';
import { loadBundle } from '@koers/engine';
import type { StoredEvent } from '@koers/store';
import { readTree } from '@koers/testing';
import { progressOf, type ProgressStep } from '../src/trajectories/progress';

const bundle = loadBundle(readTree('workflows', 'forms'));
const pd = bundle.definitions.find((d) => d.definition.id === 'pd-schoolontwikkeling')!;

const event = (seq: number, before: string[], after: string[]): StoredEvent => ({
  trajectoryId: 't', seq, type: 'X', actor: null, system: false, actorRoles: [], data: null, at: '2026-11-01T00:00:00Z',
  stepsBefore: before, stepsAfter: after, idempotencyKey: null, requestHash: null,
});

const find = (steps: ProgressStep[], path: string): ProgressStep | undefined =>
  steps.map((s) => (s.path === path ? s : find(s.children ?? [], path))).find(Boolean);

describe('progressOf', () => {
  it('leaves out a decision point the trajectory passed through, so no step stays unticked behind it', () => {
    const meeting = ['uitvoering.verbeterwerk.uitvoeren', 'uitvoering.begeleiding.voortgangsgesprek'];
    // After the progress meeting the machine passes "gesprekVerwerkt" (only automatic transitions) and comes back.
    const progress = progressOf(pd, meeting, [event(1, [], ['schoolformulier']), event(2, meeting, meeting)]);
    expect(find(progress, 'uitvoering.begeleiding.gesprekVerwerkt')).toBeUndefined();
    expect(find(progress, 'uitvoering.begeleiding.voortgangsgesprek')).toMatchObject({ status: 'current' });
    expect(find(progress, 'uitvoering.begeleiding.afgerond')).toMatchObject({ status: 'coming' });
    expect(find(progress, 'schoolformulier')).toMatchObject({ status: 'done' });
  });

  it('shows a decision point while a trajectory is stuck in it', () => {
    const stuck = ['uitvoering.verbeterwerk.uitvoeren', 'uitvoering.begeleiding.gesprekVerwerkt'];
    expect(find(progressOf(pd, stuck, []), 'uitvoering.begeleiding.gesprekVerwerkt')).toMatchObject({ status: 'current' });
  });
});
