import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { type JsonObject, leafPaths } from '@koers/engine';
import { beginSimulation, simulate, snapshotOf } from '../src/admin/model/simulate';
import { compiledOf } from './simulate-support';

const FIXTURE = resolve(import.meta.dirname, '../../../test/fixtures/groups');
const json = (file: string) => JSON.parse(readFileSync(resolve(FIXTURE, file), 'utf8')) as JsonObject;
const kring = compiledOf({ definition: json('workflows/kring.json'), forms: [json('forms/kring-bijeenkomst.json')] });
const at = (sim: ReturnType<typeof beginSimulation>) => leafPaths(snapshotOf(sim).value);

group('a simulated group in the simulator', () => {
  it('places the school in the group by the join event, moves it on with a shared meeting, and guards on the group facts', () => {
    let sim = simulate(beginSimulation(kring), { type: 'roles', roles: ['schoolleider'] });
    sim = simulate(sim, { type: 'send', event: 'AANMELDEN' });
    expect(at(sim)).toEqual(['indeling']);
    sim = simulate(sim, { type: 'group', group: { name: 'Kring Noord', schools: 3 } });
    sim = simulate(sim, { type: 'join' });
    expect(sim.refusal).toBeUndefined();
    expect(at(sim)).toEqual(['startdag']);
    const join = sim.entries.at(-1)!;
    expect(join.kind === 'event' && join.system && join.data).toEqual({ group: { id: 'simulatie', name: 'Kring Noord' } });

    sim = simulate(sim, { type: 'meeting', meeting: { kind: 'startdag', attended: true, complete: true } });
    expect(at(sim)).toEqual(['werken']);
    // The guard of AFRONDEN asks for one circle meeting kept by the rule: none yet, then one with one person only.
    sim = simulate(sim, { type: 'roles', roles: ['schoolleider'] });
    expect(simulate(sim, { type: 'send', event: 'AFRONDEN' }).refusal).toBeDefined();
    sim = simulate(sim, { type: 'meeting', meeting: { kind: 'bijeenkomst', attended: true, complete: false } });
    expect(snapshotOf(sim).context.counters.bijeenkomsten).toBe(1);
    expect(simulate(sim, { type: 'send', event: 'AFRONDEN' }).refusal).toBeDefined();
    sim = simulate(sim, { type: 'meeting', meeting: { kind: 'bijeenkomst', attended: true, complete: true } });
    sim = simulate(sim, { type: 'send', event: 'AFRONDEN' });
    expect(sim.refusal).toBeUndefined();
    expect(snapshotOf(sim).status).toBe('done');
  });

  it('records a meeting the current step does not take without moving the trajectory', () => {
    let sim = simulate(beginSimulation(kring), { type: 'group', group: { name: 'Kring', schools: 2 } });
    const before = snapshotOf(sim);
    sim = simulate(sim, { type: 'meeting', meeting: { kind: 'verplicht', attended: false, complete: false } });
    expect(snapshotOf(sim)).toBe(before);
    expect(sim.entries).toHaveLength(2);
  });

  it('keeps the group and its meetings when the draft changes under the simulation', () => {
    let sim = simulate(beginSimulation(kring), { type: 'roles', roles: ['schoolleider'] });
    sim = simulate(sim, { type: 'send', event: 'AANMELDEN' });
    sim = simulate(sim, { type: 'group', group: { name: 'Kring', schools: 2 } });
    sim = simulate(sim, { type: 'join' });
    sim = simulate(sim, { type: 'meeting', meeting: { kind: 'startdag', attended: true, complete: true } });
    const again = simulate(sim, { type: 'rebase', compiled: compiledOf({ definition: json('workflows/kring.json'), forms: [json('forms/kring-bijeenkomst.json')] }) });
    expect(again.notice).toBeUndefined();
    expect(at(again)).toEqual(['werken']);
    expect(again.group).toEqual({ name: 'Kring', schools: 2 });
  });
});
