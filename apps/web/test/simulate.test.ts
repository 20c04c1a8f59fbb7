import { describe as group, expect, it } from 'vitest';
import { type CompiledDefinition, type JsonObject, groupEventsOf, leafPaths } from '@koers/engine';
import {
  SIM_START, type Simulation, beginSimulation, clockOf, simulate, snapshotOf, viewOf,
} from '../src/admin/model/simulate';
import { groupEvent, pathsOf, replayPath } from '../src/admin/model/simulate-paths';
import { stepTiming } from '../src/admin/model/simulate-clock';
import { fireTimer } from '../src/admin/model/simulate-time';
import { setInDefinition, setInState } from '../src/admin/model/edit';
import { compiledOf, shippedBundle } from './simulate-support';

const pd = compiledOf(shippedBundle('pd-schoolontwikkeling'));
const vl = compiledOf(shippedBundle('voortgezet-leren'));

const paths = new Map([pd, vl].map((c) => [c, pathsOf(c)]));

/**
 * Plays every step of a path through the simulation's own commands: a day later, pick the role, send the event (a
 * timer fired at its moment; a group event through the simulated group: placing the school in it, a meeting held).
 */
function walk(compiled: CompiledDefinition, index: number): Simulation {
  const path = paths.get(compiled)![index]!;
  let sim = beginSimulation(compiled);
  for (const step of path.steps) {
    sim = simulate(sim, { type: 'advance', by: 'P1D' });
    if (step.system) {
      // A timer fires when its moment comes; a group event comes from the group.
      sim = groupEvent(sim, step.event) ?? fireTimer(sim, step.event);
      expect(sim.refusal, `${step.event} refused`).toBeUndefined();
      continue;
    }
    sim = simulate(sim, { type: 'roles', roles: [step.role] });
    sim = simulate(sim, { type: 'send', event: step.event, ...(step.data ? { data: step.data } : {}) });
    expect(sim.refusal, `${step.event} refused`).toBeUndefined();
  }
  return sim;
}

/** The moment of a simulation where the trajectory first stands in `step`. */
const momentIn = (sim: Simulation, step: string) => sim.entries.findIndex((e) => leafPaths(e.snapshot.value).includes(step));

const example = (compiled: CompiledDefinition, form: string): JsonObject => structuredClone(compiled.forms.get(form)!.definition.examples![0]!);

group('simulating a draft type', () => {
  it('starts at the fixed, visible start date in the first step', () => {
    const sim = beginSimulation(pd);
    expect(clockOf(sim)).toBe(SIM_START);
    expect(leafPaths(snapshotOf(sim).value)).toEqual(['schoolformulier']);
    expect(sim.roles.length).toBe(1);
  });

  for (const [name, compiled] of [['PD', pd], ['Voortgezet Leren', vl]] as const) {
    it(`walks the ${name} type along every path of simplePaths to its final step`, () => {
      const all = paths.get(compiled)!;
      expect(all.length).toBeGreaterThan(0);
      for (const [i, path] of all.entries()) {
        const sim = walk(compiled, i);
        expect(snapshotOf(sim).status).toBe(path.done ? 'done' : 'active');
        expect(leafPaths(snapshotOf(sim).value)).toEqual(path.end);
        // Every step an event moment, but a timer: it fires with the clock (and what else is due by then).
        const timers = path.steps.filter((s) => s.system && !groupEventsOf(compiled.definition).has(s.event)).length;
        expect(sim.entries.filter((e) => e.kind === 'event')).toHaveLength(path.steps.length - timers);
      }
    });

    it(`replays a ${name} path into the simulator as it was walked`, () => {
      const path = paths.get(compiled)![0]!;
      const sim = replayPath(compiled, path);
      expect(sim.refusal).toBeUndefined();
      expect(snapshotOf(sim).status).toBe('done');
      expect(sim.entries.filter((e) => e.kind === 'event').map((e) => e.kind === 'event' && e.type)).toEqual(path.steps.map((s) => s.event));
    });
  }

  it('refuses an event for a role that may not send it, naming the roles that may', () => {
    let sim = walk(pd, 0);
    sim = simulate(sim, { type: 'jump', index: momentIn(sim, 'startgesprek') });
    expect(leafPaths(snapshotOf(sim).value)).toEqual(['startgesprek']);
    const before = sim.entries;
    sim = simulate(sim, { type: 'roles', roles: ['directie'] });
    sim = simulate(sim, { type: 'send', event: 'STARTGESPREK_VASTLEGGEN', data: example(pd, 'pd-startgesprek') });
    expect(sim.refusal?.reason).toBe('role-forbidden');
    expect(sim.refusal?.message.nl).toBe('Uw rol mag deze actie niet uitvoeren.');
    expect(sim.refusal?.allowedRoles).toEqual(['casemanager', 'ib']);
    expect(sim.entries).toBe(before);
  });

  it('refuses an event whose guard does not hold, with the condition in Dutch words', () => {
    // A draft whose start meeting refuses hours over a budget of one hour: the example's two hours do not fit.
    // (The shipped PD type records hours over the budget and warns instead; this draft puts a budget guard back.)
    const guarded = setInDefinition(shippedBundle('pd-schoolontwikkeling'), ['machine', 'states', 'startgesprek', 'on', 'STARTGESPREK_VASTLEGGEN'], {
      target: 'planning',
      guard: { type: 'budgetAvailable', params: { budget: 'casemanageruren', amountField: '/uren' } },
      actions: [{ type: 'useBudget', params: { budget: 'casemanageruren', amountField: '/uren' } }],
    });
    const small = compiledOf(setInDefinition(guarded, ['budgets', 'casemanageruren', 'limit'], 1));
    const walked = simulate(walk(pd, 0), { type: 'rebase', compiled: small });
    let sim = simulate(walked, { type: 'jump', index: momentIn(walked, 'startgesprek') });
    sim = simulate(sim, { type: 'roles', roles: ['casemanager'] });
    sim = simulate(sim, { type: 'send', event: 'STARTGESPREK_VASTLEGGEN', data: example(pd, 'pd-startgesprek') });
    expect(sim.refusal?.reason).toBe('guard-false');
    expect(sim.refusal?.conditions).toHaveLength(1);
    expect(sim.refusal?.conditions[0]!.condition.nl).toMatch(/^genoeg .+ over voor /);
    expect(sim.refusal?.conditions[0]!.to[0]!.nl).toBe('Planning en afspraken');
    sim = simulate(sim, { type: 'send', event: 'STARTGESPREK_VASTLEGGEN', data: { ...example(pd, 'pd-startgesprek'), uren: 1 } });
    expect(sim.refusal).toBeUndefined();
    expect(leafPaths(snapshotOf(sim).value)).toEqual(['planning']);
  });

  it('refuses a form with an empty required field, pointing at the field', () => {
    const walked = walk(pd, 0);
    let sim = simulate(simulate(walked, { type: 'jump', index: momentIn(walked, 'startgesprek') }), { type: 'roles', roles: ['casemanager'] });
    sim = simulate(sim, { type: 'send', event: 'STARTGESPREK_VASTLEGGEN', data: { ...example(pd, 'pd-startgesprek'), smartDoelen: [] } });
    expect(['required-missing', 'form-invalid']).toContain(sim.refusal?.reason);
    expect(sim.refusal?.fields.map((f) => f.path)).toContain('/smartDoelen');
  });

  it('jumps back to exactly the earlier snapshot and clock, and can go on from there', () => {
    const sim = walk(vl, 0);
    const length = sim.entries.length;
    const earlier = structuredClone(sim.entries[3]!);
    const back = simulate(sim, { type: 'jump', index: 3 });
    expect(back.entries).toHaveLength(4);
    expect(snapshotOf(back)).toEqual(earlier.snapshot);
    expect(clockOf(back)).toBe(earlier.at);
    expect(viewOf(back).steps.map((s) => s.path)).toEqual(leafPaths(earlier.snapshot.value));
    expect(sim.entries).toHaveLength(length);
  });

  it('starts over at the start date with the same roles', () => {
    const sim = simulate(simulate(walk(vl, 0), { type: 'roles', roles: ['schoolleider'] }), { type: 'reset' });
    expect(sim.entries).toHaveLength(1);
    expect(clockOf(sim)).toBe(SIM_START);
    expect(sim.roles).toEqual(['schoolleider']);
  });

  it('makes a step overdue when the clock moves past its expected duration', () => {
    let sim = beginSimulation(pd);
    const step = () => viewOf(sim).steps[0]!;
    expect(step().expectedDuration).toBe('P14D');
    expect(stepTiming(step(), clockOf(sim))).toMatchObject({ kind: 'due', days: 14 });
    sim = simulate(sim, { type: 'advance', by: 'P1W' });
    expect(stepTiming(step(), clockOf(sim))).toMatchObject({ kind: 'due', days: 7 });
    sim = simulate(simulate(sim, { type: 'advance', by: 'P1W' }), { type: 'advance', by: 'P1D' });
    expect(stepTiming(step(), clockOf(sim))).toMatchObject({ kind: 'overdue', days: 1 });
    expect(sim.entries.filter((e) => e.kind === 'clock')).toHaveLength(1);
  });

  it('moves the clock forward in Amsterdam calendar days, never back past the last event', () => {
    let sim = simulate(beginSimulation(pd), { type: 'advance', by: 'P1M' });
    expect(clockOf(sim)).toBe('2026-10-01T07:00:00.000Z');
    sim = simulate(sim, { type: 'advance', by: 'P1M' });
    expect(clockOf(sim)).toBe('2026-11-01T08:00:00.000Z');
    expect(simulate(sim, { type: 'clock', to: '2026-08-01T07:00:00.000Z' })).toBe(sim);
    expect(clockOf(simulate(sim, { type: 'clock', to: '2026-09-15T07:00:00.000Z' }))).toBe('2026-09-15T07:00:00.000Z');
  });

  it('keeps the simulation when the draft changes compatibly, and stops before what the new draft refuses', () => {
    const bundle = shippedBundle('pd-schoolontwikkeling');
    const sim = walk(pd, 0);
    const retitled = compiledOf(setInState(bundle, ['planning'], ['meta', 'title', 'nl'], 'Plannen'));
    const kept = simulate(sim, { type: 'rebase', compiled: retitled });
    expect(kept.notice).toBeUndefined();
    expect(kept.entries.map((e) => e.snapshot)).toEqual(sim.entries.map((e) => e.snapshot));
    const stricter = compiledOf(setInState(bundle, ['startgesprek'], ['meta', 'events', 'STARTGESPREK_VASTLEGGEN', 'roles'], ['ib']));
    const cut = simulate(sim, { type: 'rebase', compiled: stricter });
    expect(cut.entries).toHaveLength(momentIn(sim, 'startgesprek') + 2);
    expect(cut.entries.at(-1)!.kind).toBe('clock');
    expect(cut.notice?.nl).toMatch(/^De trajectsoort is veranderd: de simulatie gaat nu tot vóór "Startgesprek en SMART-doelen vastleggen"/);
    expect(cut.notice?.nl).toMatch(/Uw rol mag deze actie niet uitvoeren\.$/);
    expect(cut.refusal).toBeUndefined();
  });
});
