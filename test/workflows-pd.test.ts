import { describe, expect, it } from 'vitest';
import { type JsonObject, SYSTEM_ACTOR, type TrajectorySnapshot, TransitionRejected, leafPaths, prefillFor, send, start } from '@koers/engine';
import { T0, example, later, notices, typeOf, walkTo } from './shipped-walk';

// The PD-schoolontwikkelingstraject read line by line (issue 13, item 9; docs/handleidingen.md maps every section).
const pd = typeOf('pd-schoolontwikkeling');
const as = (role: string) => ({ actor: { roles: [role] } });
const gesprek = 'uitvoering.begeleiding.voortgangsgesprek';
const record = (s: TrajectorySnapshot, data: JsonObject = {}) => send(pd, s, {
  type: 'VOORTGANGSGESPREK_VASTLEGGEN', data: { ...example(pd, 'pd-voortgangsgesprek'), ...data },
}, { ...as('casemanager'), now: later(s) });

describe('PD: "Vooraf: tijdens het intakegesprek is er een datum vastgelegd ... De school heeft het formulier ingevuld"', () => {
  const begin = start(pd, { now: T0 }).snapshot;

  it('takes the schoolformulier and the intake in either order, both before the startgesprek', () => {
    const formFirst = send(pd, begin, { type: 'SCHOOLFORMULIER_INDIENEN', data: example(pd, 'pd-schoolontwikkelingsformulier') },
      { ...as('ib'), now: later(begin) }).snapshot;
    expect(leafPaths(formFirst.value)).toEqual(['intake']);
    const intakeFirst = send(pd, begin, { type: 'INTAKE_AFRONDEN', data: example(pd, 'pd-intake') }, { ...as('casemanager'), now: later(begin) });
    expect(leafPaths(intakeFirst.snapshot.value)).toEqual(['schoolformulierNaIntake']);
    expect(notices(intakeFirst.effects)[0]!.roles).toEqual(['ib', 'directie']);
    const both = send(pd, intakeFirst.snapshot, { type: 'SCHOOLFORMULIER_INDIENEN', data: example(pd, 'pd-schoolontwikkelingsformulier') },
      { ...as('directie'), now: later(intakeFirst.snapshot) }).snapshot;
    expect(leafPaths(both.value)).toEqual(['startgesprek']);
    expect(Object.keys(both.context.dates).sort()).toEqual(['intake', 'schoolformulier']);
  });

  it('does not let the intake stand in for the form: without the form there is no startgesprek', () => {
    const intakeFirst = send(pd, begin, { type: 'INTAKE_AFRONDEN', data: example(pd, 'pd-intake') }, { ...as('casemanager'), now: later(begin) }).snapshot;
    expect(() => send(pd, intakeFirst, { type: 'STARTGESPREK_VASTLEGGEN', data: example(pd, 'pd-startgesprek') }, { ...as('casemanager'), now: later(intakeFirst) }))
      .toThrow(TransitionRejected);
  });
});

describe('PD: "jaarlijks drie momenten (begin – midden – eind)" and "tussentijds en aan het eind van de vastgestelde termijn"', () => {
  const inGesprek = walkTo(pd, gesprek);

  it('counts the voortgangsgesprekken of the school year without ending the track after three, and starts counting again at the begin', () => {
    let s = inGesprek;
    for (let i = 0; i < 4; i++) s = record(s).snapshot;
    expect(leafPaths(s.value)).toContain(gesprek);
    expect(s.context.counters.voortgangsgesprekken).toBe(4);
    const begin = send(pd, s, { type: 'BEGIN_SCHOOLJAAR' }, { actor: SYSTEM_ACTOR, now: later(s) });
    expect(begin.snapshot.context.counters.voortgangsgesprekken).toBe(0);
    expect(notices(begin.effects)[0]!.message.nl).toContain('begin van het schooljaar');
  });

  it('records the tussentijdse evaluatie when it is held, staying at the voortgangsgesprekken', () => {
    const data = example(pd, 'pd-tussenevaluatie');
    const result = send(pd, inGesprek, { type: 'TUSSENEVALUATIE_VASTLEGGEN', data }, { ...as('ib'), now: later(inGesprek) });
    expect(leafPaths(result.snapshot.value)).toContain(gesprek);
    expect(result.snapshot.context.dates.tussenevaluatie).toBe(later(inGesprek));
    expect(result.snapshot.context.forms['pd-tussenevaluatie']).toEqual(data);
  });

  it('starts the tussentijdse evaluatie from the SMART goals of the startgesprek: "[Neem over wat hiervoor is beschreven]"', () => {
    const carried = prefillFor(pd, inGesprek, leafPaths(inGesprek.value), 'pd-tussenevaluatie', undefined, later(inGesprek))!;
    const goals = inGesprek.context.forms['pd-startgesprek']!.smartDoelen as JsonObject[];
    expect(carried.data.doelen).toEqual(goals);
    expect(carried.sources['/doelen']!.nl).toBe('Startgesprek PD-schoolontwikkelingstraject');
    const atEind = walkTo(pd, 'eindevaluatie');
    expect(prefillFor(pd, atEind, ['eindevaluatie'], 'pd-eindevaluatie', undefined, later(atEind))!.data.doelen)
      .toEqual(atEind.context.forms['pd-startgesprek']!.smartDoelen);
  });

  it('takes only a date as the evaluation: the handleiding\'s werkdocument "kan worden gehanteerd"', () => {
    const result = send(pd, inGesprek, { type: 'TUSSENEVALUATIE_VASTLEGGEN', data: { datum: '2027-02-01' } }, { ...as('casemanager'), now: later(inGesprek) });
    expect(result.snapshot.context.dates.tussenevaluatie).toBeDefined();
  });

  it('ends the casemanager\'s part of the execution with the gesprek marked as the last of the agreed term', () => {
    const evaluated = send(pd, inGesprek, { type: 'TUSSENEVALUATIE_VASTLEGGEN', data: example(pd, 'pd-tussenevaluatie') }, { ...as('ib'), now: later(inGesprek) }).snapshot;
    const last = record(evaluated, { eindeTermijn: true });
    expect(leafPaths(last.snapshot.value)).toContain('uitvoering.begeleiding.afgerond');
    expect(last.flags).toEqual([]);
  });

  it('still ends the term without a tussenevaluatie, and flags that for the coach', () => {
    const last = record(inGesprek, { eindeTermijn: true });
    expect(leafPaths(last.snapshot.value)).toContain('uitvoering.begeleiding.afgerond');
    expect(last.flags).toEqual([expect.objectContaining({ source: 'guard', code: 'geen-tussenevaluatie' })]);
  });
});

describe('PD: "De casemanager heeft 15 uur te verdelen over de hele ontwikkelperiode" and "kan worden verlengd"', () => {
  it('records hours over the budget and flags them, not refuses them', () => {
    const inGesprek = walkTo(pd, gesprek);
    const over = record(inGesprek, { uren: 20 });
    expect(over.snapshot.context.budgets.casemanageruren!.used).toBeGreaterThan(15);
    expect(over.flags).toEqual([expect.objectContaining({ source: 'guard', code: 'uren-over-budget' })]);
    expect(record(inGesprek, { uren: 1 }).flags).toEqual([]);
  });

  it('records consulting a behandelaar outside the consultatietraject and flags it', () => {
    const inGesprek = walkTo(pd, gesprek);
    const data = { ...example(pd, 'pd-ondersteuning'), soort: 'consultatie-behandelaar', uren: 1 };
    const result = send(pd, inGesprek, { type: 'ONDERSTEUNING_REGISTREREN', data }, { ...as('casemanager'), now: later(inGesprek) });
    expect(result.flags.map((f) => f.code)).toEqual(['behandelaar-zonder-consultatietraject']);
    const asked = send(pd, inGesprek, { type: 'CONSULTATIETRAJECT_AANVRAGEN' }, { ...as('ib'), now: later(inGesprek) }).snapshot;
    expect(send(pd, asked, { type: 'ONDERSTEUNING_REGISTREREN', data }, { ...as('casemanager'), now: later(asked) }).flags).toEqual([]);
  });

  const atBesluit = walkTo(pd, 'besluit');
  const verlengen = { ...example(pd, 'pd-besluit'), besluit: 'verlengen' };

  it('extends without a fresh hour budget: the hours booked stay, the goals stay for the new startgesprek', () => {
    const before = atBesluit.context;
    const next = send(pd, atBesluit, { type: 'BESLUIT_VASTLEGGEN', data: verlengen }, { ...as('directie'), now: later(atBesluit) }).snapshot;
    expect(leafPaths(next.value)).toEqual(['startgesprek']);
    expect(next.context.period).toBe(2);
    expect(next.context.budgets.casemanageruren).toEqual(before.budgets.casemanageruren);
    expect(next.context.forms['pd-startgesprek']).toEqual(before.forms['pd-startgesprek']);
    expect(next.context.periods[0]!.forms['pd-eindevaluatie']).toEqual(before.forms['pd-eindevaluatie']);
    expect(next.context.counters.verlengd).toBe(1); // a flag: extended at least once
  });

  it('adds the consultatietraject\'s 15 hours once in the whole track, also across an extension', () => {
    const inGesprek = walkTo(pd, gesprek);
    const asked = send(pd, inGesprek, { type: 'CONSULTATIETRAJECT_AANVRAGEN' }, { ...as('ib'), now: later(inGesprek) }).snapshot;
    expect(asked.context.budgets.casemanageruren!.limit).toBe(30);
    expect(() => send(pd, asked, { type: 'CONSULTATIETRAJECT_AANVRAGEN' }, { ...as('ib'), now: later(asked) }))
      .toThrow(expect.objectContaining({ reason: 'guard-false' }));
  });
});

describe('PD: "indien er meer nodig is – een groter plan van aanpak ... met de procesbegeleider (vanuit het bestuur)"', () => {
  const inGesprek = walkTo(pd, gesprek);

  it('can be asked for during the execution too: the procesbegeleider is told and the execution goes on', () => {
    const asked = send(pd, inGesprek, { type: 'GROTER_PLAN_NODIG' }, { ...as('ib'), now: later(inGesprek) });
    expect(leafPaths(asked.snapshot.value)).toEqual(leafPaths(inGesprek.value));
    expect(asked.snapshot.context.vars.groterPlan).toBe(true);
    expect(notices(asked.effects)[0]!.roles).toEqual(['procesbegeleider']);
    const plan = send(pd, asked.snapshot, { type: 'GROTER_PLAN_VASTLEGGEN', data: example(pd, 'pd-opschaling') },
      { ...as('procesbegeleider'), now: later(asked.snapshot) });
    expect(plan.snapshot.context.dates.groterPlan).toBe(later(asked.snapshot));
    expect(() => send(pd, asked.snapshot, { type: 'GROTER_PLAN_VASTLEGGEN', data: example(pd, 'pd-opschaling') },
      { ...as('casemanager'), now: later(asked.snapshot) })).toThrow(expect.objectContaining({ reason: 'role-forbidden' }));
  });
});

describe('PD: "binnen minimaal een (half) jaar, waarbij een start- en einddatum is vastgesteld" and who takes part', () => {
  const atStart = walkTo(pd, 'startgesprek');
  const startgesprek = (change: (data: JsonObject & { smartDoelen: JsonObject[]; deelnemers: JsonObject[] }) => void) => {
    const data = example(pd, 'pd-startgesprek') as JsonObject & { smartDoelen: JsonObject[]; deelnemers: JsonObject[] };
    change(data);
    return () => send(pd, atStart, { type: 'STARTGESPREK_VASTLEGGEN', data }, { ...as('casemanager'), now: later(atStart) });
  };

  it('refuses a SMART goal that ends before it begins, at that goal\'s end date', () => {
    const send = startgesprek((d) => { d.smartDoelen[0]!.einddatum = '2026-09-01'; });
    expect(send).toThrow(expect.objectContaining({
      reason: 'form-invalid', fieldErrors: [expect.objectContaining({ path: '/smartDoelen/0/einddatum' })],
    }));
  });

  it('records a goal shorter than half a year, and a startgesprek without the casemanager, each with a flag', () => {
    const result = startgesprek((d) => {
      d.smartDoelen[0]!.einddatum = '2027-01-15';
      d.deelnemers = d.deelnemers.filter((p) => p.rol !== 'casemanager');
    })();
    expect(leafPaths(result.snapshot.value)).toEqual(['planning']);
    expect(result.flags.map((f) => [f.source, f.code])).toEqual([['form-rule', 'minstens-half-jaar'], ['form-rule', 'casemanager-aanwezig']]);
  });
});
