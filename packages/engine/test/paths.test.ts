import { describe, expect, it } from 'vitest';
import { simplePaths } from '../src';
import { fixtureDefinition, variant } from './helpers';

const DIR = 'test/fixtures/paths';

describe('paths through parallel tracks', () => {
  const rondes = fixtureDefinition('rondes', DIR);

  it('walks the tracks of a parallel step one after another instead of every interleaving', () => {
    const paths = simplePaths(rondes);
    // Per round the reading track has two endings and the arithmetic track one: 2 × 2 × 2 routes, not their orderings.
    expect(paths).toHaveLength(8);
    expect(paths.every((p) => p.done)).toBe(true);
    expect(paths.every((p) => p.steps.length === 12)).toBe(true);
    expect(JSON.stringify(paths).length).toBeLessThan(100_000);
    const endings = paths.map((p) => p.steps.filter((s) => s.event.startsWith('LEZEN_A') || s.event.startsWith('LEZEN_O')).map((s) => s.event).join(' '));
    expect(new Set(endings).size).toBe(8);
  });

  it('still visits every step of every track and joins the tracks before the next round', () => {
    const paths = simplePaths(rondes);
    const visited = new Set(paths.flatMap((p) => p.steps.flatMap((s) => [...s.from, ...s.to, ...(s.passed ?? [])])));
    for (const leaf of ['ronde.lezen.start', 'ronde.lezen.bezig', 'ronde.lezen.klaar', 'ronde.lezen.overgeslagen', 'ronde.rekenen.start', 'ronde.rekenen.bezig', 'ronde.rekenen.klaar', 'afgerond']) {
      expect(visited, leaf).toContain(leaf);
    }
  });

  it('still finds the end when a track can only go round in circles until another track has done its part', () => {
    const bundle = variant((w) => {
      if (w.id !== 'rondes') return;
      w.variables = { gerekend: { title: { nl: 'Gerekend', en: 'Calculated' }, default: false } };
      const { lezen, rekenen } = w.machine.states.ronde.states;
      delete lezen.states.overgeslagen;
      lezen.states.bezig.on = {
        LEZEN_AFGEROND: { target: 'klaar', guard: { type: 'condition', params: { expr: { var: 'vars.gerekend' } } } },
        LEZEN_OVERGESLAGEN: 'start',
      };
      rekenen.states.bezig.on.REKENEN_AFGEROND = { target: 'klaar', actions: [{ type: 'set', params: { var: 'gerekend', value: true } }] };
    }, DIR);
    expect(bundle.problems).toEqual([]);
    const paths = simplePaths(bundle.definitions.find((d) => d.definition.id === 'rondes')!);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !p.done)).toEqual([]);
    expect(paths.map((p) => p.end)).toContainEqual(['afgerond']);
  });

  it('reports a track with a dead end as a stuck path, with where and why', () => {
    const bundle = variant((w) => {
      if (w.id !== 'rondes') return;
      w.budgets = { uren: { title: { nl: 'Uren', en: 'Hours' }, unit: { nl: 'uur', en: 'hours' }, limit: 1 } };
      w.machine.states.ronde.states.rekenen.states.bezig.on.REKENEN_AFGEROND = {
        target: 'klaar', guard: { type: 'budgetAvailable', params: { budget: 'uren', amount: 5 } },
      };
    }, DIR);
    expect(bundle.problems).toEqual([]);
    const paths = simplePaths(bundle.definitions.find((d) => d.definition.id === 'rondes')!);
    const stuck = paths.filter((p) => !p.done);
    expect(stuck.length).toBeGreaterThan(0);
    expect(stuck.map((p) => p.end)).toContainEqual(['ronde.lezen.klaar', 'ronde.rekenen.bezig']);
    expect(stuck[0]!.blocked).toContainEqual(expect.objectContaining({ event: 'REKENEN_AFGEROND', reason: 'guard-false' }));
    expect(paths.length).toBeLessThan(10);
  });
});

describe('paths through events that stay in the step', () => {
  it('takes an in-step event once when it opens the way on, so a counter guard is no stuck path', () => {
    const paths = simplePaths(fixtureDefinition('gesprekken', DIR));
    expect(paths.map((p) => ({ done: p.done, events: p.steps.map((s) => s.event) }))).toEqual([
      { done: true, events: ['GESPREK_VASTLEGGEN', 'AFRONDEN'] },
    ]);
    expect(paths[0]!.steps[0]).toMatchObject({ from: ['begeleiding'], to: ['begeleiding'] });
  });

  it('still reports the step as stuck when the in-step events cannot open the way', () => {
    const bundle = variant((w) => {
      if (w.id !== 'gesprekken') return;
      w.machine.states.begeleiding.on.AFRONDEN.guard.params.expr = { '>=': [{ var: 'counters.gesprekken' }, 5] };
    }, DIR);
    const paths = simplePaths(bundle.definitions.find((d) => d.definition.id === 'gesprekken')!);
    expect(paths.map((p) => p.done)).toEqual([false]);
    expect(paths[0]!.blocked).toContainEqual(expect.objectContaining({ event: 'AFRONDEN', reason: 'guard-false' }));
  });

  it('counts each in-step event of a counter with a maximum as its own step, so a guard can wait for several', () => {
    const bundle = variant((w) => {
      if (w.id !== 'gesprekken') return;
      w.counters.gesprekken.max = 3;
      w.machine.states.begeleiding.on.AFRONDEN.guard.params.expr = { '>=': [{ var: 'counters.gesprekken' }, 2] };
    }, DIR);
    const paths = simplePaths(bundle.definitions.find((d) => d.definition.id === 'gesprekken')!);
    expect(paths.filter((p) => !p.done)).toEqual([]);
    expect(paths.map((p) => p.steps.map((s) => s.event).join(' '))).toContain('GESPREK_VASTLEGGEN GESPREK_VASTLEGGEN AFRONDEN');
  });
});
