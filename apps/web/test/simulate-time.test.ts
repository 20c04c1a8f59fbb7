import { describe as group, expect, it } from 'vitest';
import { type JsonObject, leafPaths } from '@koers/engine';
import { SIM_START, type SimEntry, type Simulation, beginSimulation, clockOf, rebase, simulate, snapshotOf } from '../src/admin/model/simulate';
import { nextTimerAt } from '../src/admin/model/simulate-time';
import { pathsOf, replayPath, roleTitle, timerWordsOf } from '../src/admin/model/simulate-paths';
import { setInState } from '../src/admin/model/edit';
import type { Bundle } from '../src/admin/model/bundle';
import { compiledOf, shippedBundle } from './simulate-support';

const pd = shippedBundle('pd-schoolontwikkeling');
const label = { nl: 'Formulier te laat', en: 'Form too late' };

/** PD with a timer on its first step: `spec` says when, and it moves on to `target` (the intake). */
function withTimer(spec: JsonObject, bundle: Bundle = pd, target = 'intake'): Bundle {
  const next = setInState(bundle, ['schoolformulier'], ['on', 'FORMULIER_TE_LAAT'], target);
  return setInState(next, ['schoolformulier'], ['meta', 'timers', 'FORMULIER_TE_LAAT'], { label, ...spec });
}
const kinds = (sim: Simulation) => sim.entries.map((e) => e.kind);
const timersIn = (sim: Simulation) => sim.entries.filter((e): e is Extract<SimEntry, { kind: 'timer' }> => e.kind === 'timer');
const forward = (sim: Simulation, by: string) => simulate(sim, { type: 'forward', by });

group('Proberen: moving the clock fires what becomes due', () => {
  it('fast-forwarding past a timer\'s moment sends its event as the system, at that moment, and moves on', () => {
    let sim = beginSimulation(compiledOf(withTimer({ after: 'P10D' })));
    sim = forward(sim, 'P1W');
    expect(timersIn(sim)).toHaveLength(0);
    expect(leafPaths(snapshotOf(sim).value)).toEqual(['schoolformulier']);
    sim = forward(sim, 'P1W');
    const [fired] = timersIn(sim);
    expect(fired!.type).toBe('FORMULIER_TE_LAAT');
    expect(fired!.at).toBe('2026-09-11T07:00:00.000Z');
    expect(fired!.skipped).toBeUndefined();
    expect(leafPaths(fired!.snapshot.value)).toEqual(['intake']);
    expect(kinds(sim)).toEqual(['start', 'clock', 'timer', 'clock']);
    expect(clockOf(sim)).toBe('2026-09-15T07:00:00.000Z');
  });

  it('"tot de volgende timer" moves the clock exactly to the next timer and fires it; with none it does nothing', () => {
    let sim = beginSimulation(compiledOf(withTimer({ after: 'P3M' })));
    expect(nextTimerAt(sim)).toBe('2026-12-01T08:00:00.000Z');
    sim = forward(sim, 'next');
    expect(clockOf(sim)).toBe('2026-12-01T08:00:00.000Z');
    expect(timersIn(sim)).toHaveLength(1);
    expect(nextTimerAt(sim)).toBeUndefined();
    expect(forward(sim, 'next')).toBe(sim);
  });

  it('counts calendar anchors in the chosen holiday region: the autumn holiday starts a week earlier in the north', () => {
    let sim = beginSimulation(compiledOf(withTimer({ at: 'voor-herfstvakantie' })));
    expect(nextTimerAt(sim)).toBe('2026-10-16T22:00:00.000Z');
    sim = simulate(sim, { type: 'region', region: 'noord' });
    expect(sim.region).toBe('noord');
    expect(nextTimerAt(sim)).toBe('2026-10-09T22:00:00.000Z');
    sim = forward(sim, 'P6W');
    expect(timersIn(sim).map((t) => t.at)).toEqual(['2026-10-09T22:00:00.000Z']);
  });

  it('shows reminders and the escalation as their own moments, in order, also every week while overdue', () => {
    const reminded = setInState(withTimer({ after: 'P1Y' }), ['schoolformulier'], ['meta', 'reminders'],
      { before: ['P7D'], onDue: true, overdueEvery: 'P7D', escalate: { after: 'P10D', to: ['casemanager'] } });
    const sim = forward(beginSimulation(compiledOf(reminded)), 'P1M');
    const reminders = sim.entries.filter((e): e is Extract<SimEntry, { kind: 'reminder' }> => e.kind === 'reminder');
    // Due 14 days after 1 September: a week before, on the day, weekly after, and the escalation 10 days late.
    expect(reminders.map((r) => [r.at.slice(0, 10), r.reminder])).toEqual([
      ['2026-09-08', 'reminder'], ['2026-09-15', 'reminder'], ['2026-09-22', 'reminder'], ['2026-09-25', 'escalation'], ['2026-09-29', 'reminder'],
    ]);
    expect(reminders[0]!.roles).toEqual(['ib', 'directie', 'casemanager']);
    expect(reminders[3]!.roles).toEqual(['casemanager']);
    expect(leafPaths(snapshotOf(sim).value)).toEqual(['schoolformulier']);
  });

  it('a timer its guard holds back is listed as not gone on, with the engine\'s reason, and fires only once', () => {
    const guarded = setInState(withTimer({ after: 'P10D' }), ['schoolformulier'], ['on', 'FORMULIER_TE_LAAT'],
      { target: 'intake', guard: { type: 'condition', params: { expr: false } } });
    let sim = forward(beginSimulation(compiledOf(guarded)), 'P1M');
    expect(timersIn(sim)).toHaveLength(1);
    expect(timersIn(sim)[0]!.skipped).toBeDefined();
    sim = forward(sim, 'P1M');
    expect(timersIn(sim)).toHaveLength(1);
    expect(leafPaths(snapshotOf(sim).value)).toEqual(['schoolformulier']);
  });

  it('played onto a changed draft, what the clock fired fires again at the same moments', () => {
    const draft = withTimer({ after: 'P10D' });
    const sim = forward(forward(beginSimulation(compiledOf(draft)), 'P1M'), 'P1W');
    const changed = compiledOf(setInState(draft, ['schoolformulier'], ['meta', 'timers', 'FORMULIER_TE_LAAT', 'label'], { nl: 'Te laat', en: 'Late' }));
    const next = rebase(sim, changed);
    expect(next.notice).toBeUndefined();
    expect(kinds(next)).toEqual(kinds(sim));
    expect(next.entries.map((e) => e.at)).toEqual(sim.entries.map((e) => e.at));
    expect(timersIn(next)[0]!.label).toEqual({ nl: 'Te laat', en: 'Late' });
    expect(SIM_START).toBe(sim.entries[0]!.at);
  });

  it('walks a timer as a choice of "Alle paden", in words, and plays it back by moving the clock to its moment', () => {
    // To a place no person's event leads from here (the end), so the walk keeps it as a path of its own.
    const compiled = compiledOf(withTimer({ after: 'P10D' }, pd, 'afgerond'));
    const path = pathsOf(compiled).find((p) => p.steps[0]?.system)!;
    expect(path.steps).toHaveLength(1);
    const first = path.steps[0]!;
    expect(first.event).toBe('FORMULIER_TE_LAAT');
    expect(timerWordsOf(compiled, first.from, first.event, 'nl')).toBe('na 10 dagen');
    expect(roleTitle(compiled, first.role, 'nl')).toBe('systeem');
    const sim = replayPath(compiled, path);
    expect(sim.refusal).toBeUndefined();
    expect(timersIn(sim)[0]!.at).toBe('2026-09-11T07:00:00.000Z');
    expect(leafPaths(snapshotOf(sim).value)).toEqual(path.end);
  });
});
