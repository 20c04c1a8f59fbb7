import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import { beginSimulation, simulate, snapshotOf } from '../src/admin/model/simulate';
import { atLocalDate, localDate } from '../src/admin/model/simulate-clock';
import { contextRows, dataSummary } from '../src/admin/model/simulate-context';
import { formErrors, formExamples } from '../src/admin/model/simulate-form';
import { blockerText, pathsOf, pathsSummary } from '../src/admin/model/simulate-paths';
import { compiledOf, shippedBundle } from './simulate-support';

const pd = compiledOf(shippedBundle('pd-schoolontwikkeling'));
const t = (s: string) => ({ nl: s, en: `${s} (en)` });

/** A small draft whose only event waits for a counter nothing raises: it gets stuck in its first step. */
const stuck = compiledOf({
  definition: {
    id: 'mini', version: 1, title: t('Mini'), description: t('Een kleine soort'),
    roles: { a: { title: t('Rol A') }, b: { title: t('Rol B') } }, counters: { x: { title: t('Rondes'), max: 2 } },
    machine: {
      id: 'mini', initial: 'begin', states: {
        begin: {
          meta: { title: t('Begin'), events: { KLAAR: { label: t('Klaar'), roles: ['a'] } } },
          on: { KLAAR: { target: 'eind', guard: { type: 'counterAtLeast', params: { counter: 'x', value: 1 } } } },
        },
        eind: { type: 'final', meta: { title: t('Eind') } },
      },
    },
  },
  forms: [],
});

describe('the parts of the simulation', () => {
  it('reads the clock as a date in Amsterdam and moves it to a picked date at the same time of day', () => {
    expect(localDate('2026-09-01T22:30:00.000Z')).toBe('2026-09-02');
    expect(atLocalDate('2026-09-01T07:00:00.000Z', '2026-12-01')).toBe('2026-12-01T08:00:00.000Z');
    expect(atLocalDate('2026-09-10T07:00:00.000Z', '2026-09-03')).toBe('2026-09-03T07:00:00.000Z');
    expect(atLocalDate('2026-09-01T07:00:00.000Z', 'morgen')).toBeUndefined();
  });

  it('shows the context in the type\'s words: budgets used, counters of their maximum, dates, forms filled in', () => {
    let sim = beginSimulation(pd);
    const rows = () => contextRows(pd, snapshotOf(sim).context, 'nl');
    expect(rows().find((r) => r.kind === 'budget')).toMatchObject({ label: 'Uren casemanager', value: '0 van 15 uur gebruikt', over: false });
    expect(rows().filter((r) => r.kind === 'counter').map((r) => r.value)).toEqual(['0', '0 van hoogstens 1']);
    sim = simulate(sim, { type: 'roles', roles: ['ib'] });
    sim = simulate(sim, { type: 'send', event: 'SCHOOLFORMULIER_INDIENEN', data: formExamples(pd, 'pd-schoolontwikkelingsformulier')[0]! });
    expect(sim.refusal).toBeUndefined();
    expect(rows().find((r) => r.kind === 'form')?.value).toBe('PD-schoolontwikkelingsformulier');
    expect(rows().some((r) => r.kind === 'date' && r.value.includes('2026'))).toBe(true);
    expect(contextRows(pd, snapshotOf(sim).context, 'en').find((r) => r.kind === 'budget')?.value).toBe('0 of 15 hours used');
  });

  it('sums up an event\'s answers in one line, lists as their count, with how many more there are', () => {
    const data: JsonObject = { ...formExamples(pd, 'pd-startgesprek')[0]! };
    const line = dataSummary(pd, 'pd-startgesprek', data, 'nl');
    expect(line.split(' · ')).toHaveLength(4);
    expect(line).toMatch(/^Datum[^·]*: 2026-10-06 · [^·]+: 4 · /);
    expect(line).toMatch(/\+\d+ meer$/);
    expect(dataSummary(pd, 'pd-startgesprek', { datum: '2026-10-06' }, 'en')).not.toMatch(/more/);
  });

  it('checks a form as the server would: schema errors and the event\'s empty required fields, none for an example', () => {
    const required = ['/deelnemers', '/smartDoelen'];
    const errors = formErrors(pd, 'pd-startgesprek', {}, required);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/deelnemers', '/smartDoelen']));
    expect(new Set(errors.map((e) => e.path)).size).toBe(errors.length);
    const example = formExamples(pd, 'pd-startgesprek')[0]!;
    expect(formErrors(pd, 'pd-startgesprek', example, required)).toEqual([]);
    // Required by the event, not by the form: only the event's rule finds it empty.
    const blank = formErrors(pd, 'pd-startgesprek', { ...example, draagvlak: '  ' }, [...required, '/draagvlak']);
    expect(blank).toEqual([{ path: '/draagvlak', keyword: 'required', message: { nl: expect.stringMatching(/ is verplicht voor deze stap$/), en: expect.stringMatching(/ is required for this step$/) } }]);
  });

  it('says why a stuck path stops, and counts finished and stuck paths', () => {
    const paths = pathsOf(stuck);
    expect(paths).toHaveLength(1);
    expect(paths[0]!.done).toBe(false);
    expect(blockerText(paths[0]!.blocked![0]!, 'nl')).toBe('Klaar: geen voorwaarde klopt met de voorbeeldantwoorden');
    expect(pathsSummary(paths, 'nl')).toBe('1 pad: 0 afgerond, 1 vast');
    expect(pathsSummary([...paths, { ...paths[0]!, done: true }], 'en')).toBe('2 paths: 1 finished, 1 stuck');
  });

  it('refuses an event without a form whose guard does not hold, with the condition and where it would lead', () => {
    let sim = simulate(beginSimulation(stuck), { type: 'roles', roles: ['a'] });
    sim = simulate(sim, { type: 'send', event: 'KLAAR' });
    expect(sim.refusal).toMatchObject({ reason: 'guard-false', roles: ['a'] });
    expect(sim.refusal!.conditions).toEqual([{ to: [t('Eind')], condition: { nl: 'Rondes is minstens 1', en: 'Rondes (en) is at least 1' } }]);
    sim = simulate(sim, { type: 'roles', roles: ['b'] });
    expect(sim.refusal).toBeUndefined();
    sim = simulate(sim, { type: 'send', event: 'KLAAR' });
    expect(sim.refusal).toMatchObject({ reason: 'role-forbidden', allowedRoles: ['a'] });
  });
});
