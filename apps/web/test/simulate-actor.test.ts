import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { leafPaths } from '@koers/engine';
import { snapshotOf } from '../src/admin/model/simulate';
import { formExamples } from '../src/admin/model/simulate-form';
import { setInState } from '../src/admin/model/edit';
import { keepSimulation, keptDrafts, resumeSimulation, simulationLogic } from '../src/admin/simulate/simulation-actor';
import { compiledOf, shippedBundle } from './simulate-support';

const bundle = shippedBundle('pd-schoolontwikkeling');
const pd = compiledOf(bundle);

describe('the simulation actor', () => {
  it('runs the engine as its logic: an accepted event moves it on, a refused one leaves it where it was', () => {
    const actor = createActor(simulationLogic, { input: resumeSimulation(pd) }).start();
    actor.send({ type: 'roles', roles: ['casemanager'] });
    actor.send({ type: 'send', event: 'SCHOOLFORMULIER_INDIENEN', data: formExamples(pd, 'pd-schoolontwikkelingsformulier')[0]! });
    expect(actor.getSnapshot().context.refusal?.reason).toBe('role-forbidden');
    actor.send({ type: 'roles', roles: ['ib'] });
    actor.send({ type: 'send', event: 'SCHOOLFORMULIER_INDIENEN', data: formExamples(pd, 'pd-schoolontwikkelingsformulier')[0]! });
    expect(leafPaths(snapshotOf(actor.getSnapshot().context).value)).toEqual(['intake']);
    actor.stop();
  });

  it('resumes the kept simulation of the same type (as after switching tabs), played onto a changed draft', () => {
    const first = createActor(simulationLogic, { input: resumeSimulation(pd) }).start();
    first.subscribe((s) => keepSimulation(s.context));
    first.send({ type: 'roles', roles: ['ib'] });
    first.send({ type: 'send', event: 'SCHOOLFORMULIER_INDIENEN', data: formExamples(pd, 'pd-schoolontwikkelingsformulier')[0]! });
    first.send({ type: 'advance', by: 'P1W' });
    keptDrafts(pd.definition.id).set('pd-intake', { notitie: 'half af' });
    first.stop();

    const again = resumeSimulation(pd);
    expect(again).toBe(first.getSnapshot().context);
    expect(keptDrafts(pd.definition.id).get('pd-intake')).toEqual({ notitie: 'half af' });

    const edited = compiledOf(setInState(bundle, ['intake'], ['meta', 'title', 'nl'], 'Intake (nieuw)'));
    const replayed = resumeSimulation(edited);
    expect(replayed.compiled).toBe(edited);
    expect(replayed.entries.map((e) => e.snapshot)).toEqual(again.entries.map((e) => e.snapshot));
    expect(replayed.notice).toBeUndefined();
  });

  it('starts afresh for another type', () => {
    const vl = compiledOf(shippedBundle('voortgezet-leren'));
    const fresh = resumeSimulation(vl);
    expect(fresh.entries).toHaveLength(1);
    expect(keptDrafts(vl.definition.id).size).toBe(0);
  });
});
