import { describe, expect, it } from 'vitest';
import {
  type CompiledDefinition, type Effect, type JsonObject, type TrajectorySnapshot, SYSTEM_ACTOR, TransitionRejected, addDuration,
  describe as describeTrajectory, leafPaths, loadBundle, schedule, schoolCalendar, send, simplePaths, start,
} from '@koers/engine';
import { readTree } from '@koers/testing';

// Time in the shipped types (issue 12, item 8): each rule of the source documents, checked on the school calendar.
const bundle = loadBundle(readTree('workflows', 'forms'));
const T0 = '2026-09-01T08:00:00.000Z';
const DAY = 86_400_000;
const midden = schoolCalendar('midden');
const typeOf = (id: string) => bundle.definitions.find((d) => d.definition.id === id) as CompiledDefinition;
const example = (def: CompiledDefinition, form: string) => structuredClone(def.forms.get(form)!.definition.examples![0]!) as JsonObject;

/** Replays the first simple path that reaches `leaf`, one day per step from T0, and stops there. */
function walkTo(def: CompiledDefinition, leaf: string, pick: (to: string[]) => boolean = (to) => to.includes(leaf)): TrajectorySnapshot {
  const path = simplePaths(def, { now: T0 }).find((p) => p.steps.some((s) => pick(s.to)));
  if (!path) throw new Error(`no path reaches ${leaf}`);
  let snapshot = start(def, { now: T0 }).snapshot;
  for (const step of path.steps) {
    const actor = step.system ? SYSTEM_ACTOR : { roles: [step.role] };
    const now = new Date(Date.parse(snapshot.updatedAt) + DAY).toISOString();
    snapshot = send(def, snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) }, { actor, now }).snapshot;
    if (pick(leafPaths(snapshot.value))) return snapshot;
  }
  throw new Error(`the path did not stop at ${leaf}`);
}

const later = (s: TrajectorySnapshot, days = 1) => new Date(Date.parse(s.updatedAt) + days * DAY).toISOString();
const notices = (effects: Effect[]) => effects.filter((e) => e.type === 'notify');
const timerAt = (def: CompiledDefinition, s: TrajectorySnapshot, event: string) =>
  schedule(def, s, { now: s.updatedAt, calendar: midden }).find((x) => x.kind === 'event' && x.event === event)?.dueAt;

describe('PD-schoolontwikkeling: "jaarlijks drie momenten (begin – midden – eind)"', () => {
  const pd = typeOf('pd-schoolontwikkeling');
  const gesprek = 'uitvoering.begeleiding.voortgangsgesprek';
  const inGesprek = walkTo(pd, gesprek);

  it('announces the voortgangsgesprek at the start, middle and end of the school year, in the school region', () => {
    expect(timerAt(pd, inGesprek, 'MIDDEN_SCHOOLJAAR')).toBe('2027-01-03T23:00:00.000Z'); // Monday after the Christmas holiday
    expect(timerAt(pd, inGesprek, 'EIND_SCHOOLJAAR')).toBe('2027-05-09T22:00:00.000Z'); // Monday after the May holiday
    expect(timerAt(pd, inGesprek, 'BEGIN_SCHOOLJAAR')).toBe('2027-08-29T22:00:00.000Z'); // Monday after the summer holiday
  });

  it('keeps the step when the moment comes and tells casemanager and ib to plan the gesprek; people cannot send it', () => {
    const fired = send(pd, inGesprek, { type: 'MIDDEN_SCHOOLJAAR' },
      { actor: SYSTEM_ACTOR, now: '2027-01-04T08:00:00.000Z', calendar: midden });
    expect(leafPaths(fired.snapshot.value)).toContain(gesprek);
    const [notice] = notices(fired.effects);
    expect(notice!.roles).toEqual(['casemanager', 'ib']);
    expect(notice!.message.nl).toContain('Het is het midden van het schooljaar');
    expect(() => send(pd, inGesprek, { type: 'MIDDEN_SCHOOLJAAR' }, { actor: { roles: ['casemanager'] }, now: later(inGesprek) }))
      .toThrow(TransitionRejected);
  });

  it('reminds the roles of the voortgangsgesprek two weeks before its due date (Koers\'s own "ruim voor een volgend overleg")', () => {
    const due = describeTrajectory(pd, inGesprek).steps.find((s) => s.path === gesprek)!.dueAt!;
    const reminder = schedule(pd, inGesprek, { now: inGesprek.updatedAt }).find((x) => x.kind === 'reminder' && x.step === gesprek);
    expect(reminder).toMatchObject({ dueAt: addDuration(due, '-P14D') });
    expect(reminder!.detail.roles).toEqual(['casemanager', 'ib', 'directie', 'werkgroep']);
  });
});

describe('PD-schoolontwikkeling: "De casemanager heeft 15 uur te verdelen"', () => {
  const pd = typeOf('pd-schoolontwikkeling');
  const inGesprek = walkTo(pd, 'uitvoering.begeleiding.voortgangsgesprek');
  const used = (s: TrajectorySnapshot) => s.context.budgets.casemanageruren!;
  const book = (s: TrajectorySnapshot, uren: number) => send(pd, s, {
    type: 'ONDERSTEUNING_REGISTREREN', data: { ...example(pd, 'pd-ondersteuning'), soort: 'klassenobservatie', uren },
  }, { actor: { roles: ['casemanager'] }, now: later(s) });

  it('records hours past the budget instead of refusing them, warns near the end and tells the procesbegeleider when it is used up', () => {
    const start = used(inGesprek);
    expect(start.limit).toBe(15);
    const near = book(inGesprek, 12 - start.used);
    expect(used(near.snapshot).used).toBe(12);
    expect(notices(near.effects).map((n) => n.roles)).toEqual([['casemanager', 'directie', 'ib']]);
    const quiet = book(near.snapshot, 1);
    expect(notices(quiet.effects)).toEqual([]);
    const over = book(quiet.snapshot, 4);
    expect(used(over.snapshot)).toMatchObject({ used: 17, limit: 15 });
    const [notice] = notices(over.effects);
    expect(notice!.roles).toContain('procesbegeleider');
    expect(notice!.message.nl).toContain('groter plan van aanpak');
    const again = book(over.snapshot, 1);
    expect(used(again.snapshot).used).toBe(18);
    expect(notices(again.effects)).toEqual([]);
  });

  it('records a voortgangsgesprek that goes over the budget and moves on', () => {
    const full = book(inGesprek, 15 - used(inGesprek).used).snapshot;
    const data = { ...example(pd, 'pd-voortgangsgesprek'), uren: 2 };
    const result = send(pd, full, { type: 'VOORTGANGSGESPREK_VASTLEGGEN', data }, { actor: { roles: ['casemanager'] }, now: later(full) });
    expect(result.snapshot.context.counters.voortgangsgesprekken).toBe(1);
    expect(used(result.snapshot).used).toBe(17);
    expect(notices(result.effects)[0]!.roles).toContain('procesbegeleider');
  });

  it('still refuses consulting a behandelaar without a consultatietraject (the handleiding puts it in that track)', () => {
    const data = { ...example(pd, 'pd-ondersteuning'), soort: 'consultatie-behandelaar', uren: 1 };
    const actor = { roles: ['casemanager'] };
    expect(() => send(pd, inGesprek, { type: 'ONDERSTEUNING_REGISTREREN', data }, { actor, now: later(inGesprek) }))
      .toThrow(expect.objectContaining({ reason: 'guard-false' }));
  });
});

describe('Voortgezet Leren: "Ieder halfjaar vindt er een tussenevaluatie plaats", "Duur: 1,5 jaar"', () => {
  const vl = typeOf('voortgezet-leren');
  const inUitvoering = walkTo(vl, 'uitvoering', (to) => to.some((leaf) => leaf.startsWith('uitvoering.')));
  const startdag = inUitvoering.context.dates.startdag!;

  it('counts the half years and the 1,5 jaar from the startdag', () => {
    expect(timerAt(vl, inUitvoering, 'EERSTE_HALFJAAR_VERSTREKEN')).toBe(addDuration(startdag, 'P6M'));
    expect(timerAt(vl, inUitvoering, 'TWEEDE_HALFJAAR_VERSTREKEN')).toBe(addDuration(startdag, 'P12M'));
    expect(timerAt(vl, inUitvoering, 'ANDERHALF_JAAR_VERSTREKEN')).toBe(addDuration(startdag, 'P18M'));
  });

  it('after 1,5 jaar closes the development cycle and tells who evaluates; the bestuurdersgesprek, if not held, still waits', () => {
    const now = addDuration(startdag, 'P18M');
    const fired = send(vl, inUitvoering, { type: 'ANDERHALF_JAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now });
    const leaves = leafPaths(fired.snapshot.value);
    expect(leaves).toContain('uitvoering.ontwikkeling.afgerond');
    expect(leaves.filter((l) => l.startsWith('uitvoering.bestuur'))).toEqual(leafPaths(inUitvoering.value).filter((l) => l.startsWith('uitvoering.bestuur')));
    expect(notices(fired.effects)[0]!.roles).toEqual(['procesbegeleider', 'schoolleider', 'werkgroep']);
    expect(fired.snapshot.context.dates.uitvoeringAfgerond).toBe(now);
  });

  it('counts from the day the group held its startdag, not from when it was recorded', () => {
    const waiting = walkTo(vl, 'voorbereiding.startdag');
    const held = send(vl, waiting, { type: 'STARTDAG_GEHOUDEN', data: { meetingId: 'm', heldOn: '2027-09-16', present: [] } },
      { actor: SYSTEM_ACTOR, now: '2027-09-20T10:00:00.000Z' }).snapshot;
    expect(held.context.dates.startdag).toBe('2027-09-15T22:00:00.000Z'); // 16 September 00:00 in Amsterdam
    expect(timerAt(vl, held, 'ANDERHALF_JAAR_VERSTREKEN')).toBe(addDuration('2027-09-15T22:00:00.000Z', 'P18M'));
  });

  it('lets a school whose plan is not ready on the startdag finish it first, then start at once, counting from that startdag', () => {
    const planning = walkTo(vl, 'voorbereiding.planVanAanpak');
    const held = send(vl, planning, { type: 'STARTDAG_GEHOUDEN', data: { meetingId: 'm', heldOn: '2027-09-16', present: [] } },
      { actor: SYSTEM_ACTOR, now: '2027-09-16T15:00:00.000Z' }).snapshot;
    expect(leafPaths(held.value)).toEqual(['voorbereiding.planVanAanpak']);
    const plan = send(vl, held, { type: 'PLAN_VASTSTELLEN', data: example(vl, 'vl-plan-van-aanpak') }, { actor: { roles: ['werkgroep'] }, now: '2027-09-30T10:00:00.000Z' });
    expect(leafPaths(plan.snapshot.value).every((l) => l.startsWith('uitvoering.'))).toBe(true);
    expect(plan.snapshot.context.dates.startdag).toBe('2027-09-15T22:00:00.000Z');
  });

  it('tells procesbegeleider and schoolleider when a half year has passed, and stays silent once that tussenevaluatie is recorded', () => {
    const now = addDuration(startdag, 'P6M');
    const fired = send(vl, inUitvoering, { type: 'EERSTE_HALFJAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now });
    expect(leafPaths(fired.snapshot.value)).toEqual(leafPaths(inUitvoering.value));
    expect(notices(fired.effects)[0]!.roles).toEqual(['procesbegeleider', 'schoolleider']);
    const evaluated = walkTo(vl, 'uitvoering.ontwikkeling.planBijstellen');
    expect(evaluated.context.counters.tussenevaluaties).toBeGreaterThanOrEqual(1);
    expect(() => send(vl, evaluated, { type: 'EERSTE_HALFJAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now: later(evaluated) }))
      .toThrow(expect.objectContaining({ reason: 'guard-false' }));
  });
});

describe('Voortgezet Leren: kennismakingssessie "het liefst vóór de zomervakantie"', () => {
  const vl = typeOf('voortgezet-leren');
  const step = 'voorbereiding.kennismakingssessie';
  const waiting = walkTo(vl, step);

  it('is due before the summer holiday of the school region, with a reminder two weeks before', () => {
    const view = describeTrajectory(vl, waiting, { calendar: midden });
    expect(view.steps.find((s) => s.path === step)!.dueAt).toBe('2027-07-16T22:00:00.000Z'); // Saturday 17 July 00:00
    const reminder = schedule(vl, waiting, { now: waiting.updatedAt, calendar: midden }).find((x) => x.step === step);
    expect(reminder).toMatchObject({ kind: 'reminder', dueAt: '2027-07-02T22:00:00.000Z' });
  });

  it('is a preference, not a condition: a session after the summer holiday is still recorded', () => {
    const data = example(vl, 'vl-kennismakingssessie');
    const actor = { roles: ['procesbegeleider'] };
    const result = send(vl, waiting, { type: 'KENNISMAKING_VASTLEGGEN', data }, { actor, now: '2027-09-06T08:00:00.000Z', calendar: midden });
    expect(leafPaths(result.snapshot.value)).toEqual(['voorbereiding.planVanAanpak']);
  });
});

describe('PDCA-kwaliteitskaart: the yearly cycle on the school year', () => {
  const pdca = typeOf('pdca-kwaliteitskaart');
  const next = walkTo(pdca, 'volgend_schooljaar');

  it('closes a school year before the summer holiday of the year it started in, with a reminder two weeks before', () => {
    const closing = walkTo(pdca, 'schooljaar.jaarafsluiting');
    expect(closing.context.dates.schooljaarGestart! < '2027-07-17').toBe(true);
    expect(describeTrajectory(pdca, closing, { calendar: midden }).steps[0])
      .toMatchObject({ path: 'schooljaar.jaarafsluiting', dueAt: '2027-07-16T22:00:00.000Z' });
    expect(schedule(pdca, closing, { now: closing.updatedAt, calendar: midden }).find((x) => x.kind === 'reminder'))
      .toMatchObject({ step: 'schooljaar.jaarafsluiting', dueAt: '2027-07-02T22:00:00.000Z' });
  });

  it('starts the next annual plan on the first school day after the summer holiday', () => {
    const at = timerAt(pdca, next, 'SCHOOLJAAR_BEGONNEN')!;
    expect(next.updatedAt < '2027-07-17').toBe(true);
    expect(at).toBe('2027-08-29T22:00:00.000Z'); // Monday after the summer holiday of midden
    const fired = send(pdca, next, { type: 'SCHOOLJAAR_BEGONNEN' }, { actor: SYSTEM_ACTOR, now: at, calendar: midden });
    expect(leafPaths(fired.snapshot.value)).toEqual(['schooljaar.jaarplanning']);
  });

  it('lets the directie start it earlier, and nobody else', () => {
    const now = later(next);
    expect(leafPaths(send(pdca, next, { type: 'JAARPLANNING_NU_STARTEN' }, { actor: { roles: ['directie'] }, now }).snapshot.value))
      .toEqual(['schooljaar.jaarplanning']);
    expect(() => send(pdca, next, { type: 'JAARPLANNING_NU_STARTEN' }, { actor: { roles: ['team'] }, now })).toThrow(TransitionRejected);
  });
});
