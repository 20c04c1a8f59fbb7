import { expect, it } from 'vitest';
import { variant } from '@koers/testing';
import { beginSimulation, latest, simulate } from '../src/admin/model/simulate';

// The mini fixture with its intake's hours as a soft rule: the simulator records the event and shows the flag.
const bundle = variant((d) => {
  d.machine.states.intake.on.INTAKE_AFRONDEN[0].warnings = [{
    id: 'uren-over-budget', guard: { type: 'budgetAvailable', params: { budget: 'uren', amountField: '/uren' } },
    message: { nl: 'Meer uren dan het budget', en: 'More hours than the budget' },
  }];
});

it('the simulator records an event whose warning does not hold, with the flag it raises', () => {
  expect(bundle.problems).toEqual([]);
  let sim = simulate(beginSimulation(bundle.definitions[0]!), { type: 'roles', roles: ['casemanager'] });
  sim = simulate(sim, { type: 'send', event: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 20 } });
  const entry = latest(sim);
  expect(entry).toMatchObject({ kind: 'event', flags: [{ source: 'guard', code: 'uren-over-budget', message: { nl: 'Meer uren dan het budget' } }] });
  sim = simulate(simulate(beginSimulation(bundle.definitions[0]!), { type: 'roles', roles: ['casemanager'] }),
    { type: 'send', event: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 } });
  expect(latest(sim)).not.toHaveProperty('flags');
});
