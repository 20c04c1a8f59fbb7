import { describe, expect, it } from 'vitest';
import { describeGuard, prefillFor, send, start } from '../src';
import { loadFixture, rejection, variant } from './helpers';

// docs/definition-format.md "Antwoorden die overgaan" and "Ondertekening zonder account": the fixture's plan is
// signed by the MR (guard signedOff) and its goal carries over into the evaluation (meta.prefill).
const DIR = 'test/fixtures/carry-over';
const def = loadFixture(DIR).definitions[0]!;
const directie = (now: string, facts?: object) => ({ actor: { roles: ['directie'] }, now, ...(facts ? { facts } : {}) });
const plan = { doel: 'Begrijpend lezen verbeteren', meetbaar: '80% haalt niveau 2F' };
const trajectory = { subject: 'school', name: 'De Klimop', label: null };

function atSignoff() {
  const started = start(def, { now: '2026-09-01T08:00:00.000Z' }).snapshot;
  return send(def, started, { type: 'PLAN_KLAAR', data: plan }, directie('2026-09-02T08:00:00.000Z')).snapshot;
}

describe('the guard signedOff', () => {
  it('refuses to adopt the plan before the MR signed it, with no sign-off facts or a count of 0', () => {
    const snapshot = atSignoff();
    expect(rejection(() => send(def, snapshot, { type: 'VASTSTELLEN' }, directie('2026-09-03T08:00:00.000Z'))).reason).toBe('guard-false');
    expect(rejection(() => send(def, snapshot, { type: 'VASTSTELLEN' }, directie('2026-09-03T08:00:00.000Z', { signoffs: { mr: 0 } }))).reason).toBe('guard-false');
  });

  it('lets it through once the server counts one signed sign-off for the key', () => {
    const result = send(def, atSignoff(), { type: 'VASTSTELLEN' }, directie('2026-09-03T08:00:00.000Z', { signoffs: { mr: 1 } }));
    expect(result.steps.map((s) => s.path)).toEqual(['evaluatie']);
  });

  it('waits for `count` signatures when the type asks for more than one', () => {
    const two = variant((d) => { d.machine.states.vaststellen.on.VASTSTELLEN.guard.params.count = 2; }, DIR).definitions[0]!;
    const started = start(two, { now: '2026-09-01T08:00:00.000Z' }).snapshot;
    const snapshot = send(two, started, { type: 'PLAN_KLAAR', data: plan }, directie('2026-09-02T08:00:00.000Z')).snapshot;
    expect(rejection(() => send(two, snapshot, { type: 'VASTSTELLEN' }, directie('2026-09-03T08:00:00.000Z', { signoffs: { mr: 1 } }))).reason).toBe('guard-false');
    expect(send(two, snapshot, { type: 'VASTSTELLEN' }, directie('2026-09-03T08:00:00.000Z', { signoffs: { mr: 2 } })).done).toBe(false);
  });

  it('is described in words with the sign-off title', () => {
    const guard = { type: 'signedOff', params: { key: 'mr' } };
    expect(describeGuard(guard, { def, lang: 'nl' })).toBe('Plan van aanpak ondertekend door de MR is ondertekend');
    expect(describeGuard({ type: 'signedOff', params: { key: 'mr', count: 2 } }, { def, lang: 'en' })).toBe('Action plan signed by the participation council: signed at least 2 times');
  });
});

describe('answers that carry over (meta.prefill)', () => {
  const evaluating = () => send(def, atSignoff(), { type: 'VASTSTELLEN' }, directie('2026-09-03T08:00:00.000Z', { signoffs: { mr: 1 } })).snapshot;

  it('fills the evaluation from the plan and the trajectory, and says per field where each value came from', () => {
    const prefill = prefillFor(def, evaluating(), ['evaluatie'], 'co-evaluatie', { trajectory }, '2026-09-04T08:00:00.000Z');
    expect(prefill).toEqual({
      data: { school: 'De Klimop', ronde: '1', doel: plan.doel, meetbaar: plan.meetbaar },
      sources: {
        '/school': { nl: 'het traject', en: 'the trajectory' },
        // The round number is a number; the field is text, so it carries over as "1".
        '/ronde': { nl: 'het traject', en: 'the trajectory' },
        '/doel': { nl: 'Plan van aanpak', en: 'Action plan' },
        '/meetbaar': { nl: 'Plan van aanpak', en: 'Action plan' },
      },
      // The earlier form the answers come from, once, so the page can say "Overgenomen uit: Plan van aanpak, ingevuld op …".
      from: [{ form: 'co-plan', title: { nl: 'Plan van aanpak', en: 'Action plan' } }],
    });
  });

  it('leaves a field empty when its source is empty, and has nothing for a form no current step prefills', () => {
    const snapshot = evaluating();
    const withoutName = prefillFor(def, snapshot, ['evaluatie'], 'co-evaluatie', undefined, '2026-09-04T08:00:00.000Z');
    expect(withoutName?.data).toEqual({ ronde: '1', doel: plan.doel, meetbaar: plan.meetbaar });
    expect(Object.keys(withoutName?.sources ?? {})).not.toContain('/school');
    expect(prefillFor(def, snapshot, ['plan'], 'co-plan', { trajectory }, '2026-09-04T08:00:00.000Z')).toBeUndefined();
  });

  it('reads a counter, named by its title', () => {
    const counted = variant((d) => { d.machine.states.evaluatie.meta.prefill['co-evaluatie']['/ronde'] = { var: 'counters.gesprekken' }; }, DIR).definitions[0]!;
    const prefill = prefillFor(counted, evaluating(), ['evaluatie'], 'co-evaluatie', { trajectory }, '2026-09-04T08:00:00.000Z');
    expect(prefill?.data.ronde).toBe('1');
    expect(prefill?.sources['/ronde']).toEqual({ nl: 'Gesprekken', en: 'Meetings' });
  });
});

describe('the linter on prefill and signoff', () => {
  const problems = (change: (d: Record<string, any>) => void) =>
    variant(change, DIR).problems.map(({ pointer, code }) => ({ pointer, code }));
  const at = '/machine/states/evaluatie/meta/prefill/co-evaluatie';

  it('refuses a field that is not in the form, naming its pointer', () => {
    expect(problems((d) => { d.machine.states.evaluatie.meta.prefill['co-evaluatie']['/onbekend'] = { var: 'period' }; }))
      .toEqual([{ pointer: `${at}/~1onbekend`, code: 'unknown-field' }]);
  });

  it('refuses an unknown form, a form the step does not show, and an expression that reads nothing that exists', () => {
    expect(problems((d) => { d.machine.states.evaluatie.meta.prefill['bestaat-niet'] = { '/x': { var: 'period' } }; }))
      .toEqual([{ pointer: '/machine/states/evaluatie/meta/prefill/bestaat-niet', code: 'unknown-form' }]);
    expect(problems((d) => { d.machine.states.plan.meta.prefill = { 'co-evaluatie': { '/doel': { var: 'period' } } }; }))
      .toEqual([{ pointer: '/machine/states/plan/meta/prefill/co-evaluatie', code: 'prefill-form-not-shown' }]);
    expect(problems((d) => { d.machine.states.evaluatie.meta.prefill['co-evaluatie']['/doel'] = { var: 'formulieren.co-plan.doel' }; }))
      .toEqual([{ pointer: `${at}/~1doel`, code: 'unknown-prefill-source' }]);
    expect(problems((d) => { d.machine.states.evaluatie.meta.prefill['co-evaluatie']['/doel'] = { eval: ['x'] }; }).map((p) => p.code))
      .toEqual(['bad-expression']);
  });

  it('refuses a signedOff guard on a key no step declares, and a requesting role that does not exist', () => {
    expect(problems((d) => { d.machine.states.vaststellen.on.VASTSTELLEN.guard.params.key = 'ouders'; }))
      .toEqual([{ pointer: '/machine/states/vaststellen/on/VASTSTELLEN/guard/params/key', code: 'unknown-signoff' }]);
    expect(problems((d) => { d.machine.states.vaststellen.meta.signoff.mr.requestRoles.push('ouder'); }))
      .toEqual([{ pointer: '/machine/states/vaststellen/meta/signoff/mr/requestRoles/2', code: 'unknown-role' }]);
  });
});
