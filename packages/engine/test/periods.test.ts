import { describe, expect, it } from 'vitest';
import { send, start } from '../src';
import { variant } from './helpers';

// docs/definition-format.md §4: startPeriod also serves repeated rounds. Here every "Ronde klaar" closes a round:
// the fixture loops uitvoering -> check -> uitvoering until the counter `rondes` reaches 2.
const bundle = variant((d) => {
  d.machine.states.uitvoering.on.RONDE_KLAAR.actions.push({ type: 'startPeriod', params: { keepForms: ['mini-intake'], resetBudgets: ['uren'] } });
});
const def = bundle.definitions[0]!;
const casemanager = { actor: { roles: ['casemanager'] }, now: '2026-09-01T08:00:00.000Z' };
const schoolleider = (now: string) => ({ actor: { roles: ['schoolleider'] }, now });

describe('startPeriod in a loop of rounds', () => {
  it('loads the variant cleanly', () => expect(bundle.problems).toEqual([]));

  it('archives each round, counts the period up and keeps only the forms named, the dates and the variables', () => {
    const started = start(def, { now: '2026-08-31T08:00:00.000Z' }).snapshot;
    const intake = { besluit: 'go', uren: 4 };
    const atWork = send(def, started, { type: 'INTAKE_AFRONDEN', data: intake }, casemanager).snapshot;
    const round1 = send(def, atWork, { type: 'RONDE_KLAAR' }, schoolleider('2026-12-01T08:00:00.000Z'));
    expect(round1.steps.map((s) => s.path)).toEqual(['uitvoering']);
    const c1 = round1.snapshot.context;
    expect(c1.period).toBe(2);
    // The counter went up before startPeriod ran (the order of the actions), so the archive holds 1.
    expect(c1.periods).toEqual([{ period: 1, endedAt: '2026-12-01T08:00:00.000Z', forms: { 'mini-intake': intake }, counters: { rondes: 1 } }]);
    expect(c1.forms).toEqual({ 'mini-intake': intake });
    expect(c1.counters).toEqual({ rondes: 1 });
    expect(c1.budgets).toEqual({ uren: { limit: 15, used: 0 } });
    expect(c1.dates).toEqual({ intake: '2026-09-01T08:00:00.000Z' });

    const round2 = send(def, round1.snapshot, { type: 'RONDE_KLAAR' }, schoolleider('2027-03-01T08:00:00.000Z'));
    expect(round2.done).toBe(true);
    expect(round2.snapshot.context.period).toBe(3);
    expect(round2.snapshot.context.periods.map((p) => [p.period, p.endedAt])).toEqual([[1, '2026-12-01T08:00:00.000Z'], [2, '2027-03-01T08:00:00.000Z']]);
  });
});
