import { describe, expect, it } from 'vitest';
import { type FormDefinition, type TrajectorySnapshot, loadBundle, meetingFields, meetingsOf, start } from '../src';
import { readTree } from './helpers';

const form = (schema: Record<string, unknown>, example: Record<string, unknown> = {}) => JSON.stringify({
  id: 'a', title: { nl: 'Gesprek', en: 'Meeting' }, schema: { type: 'object', properties: schema }, examples: [example],
});
const problemsOf = (schema: Record<string, unknown>) =>
  loadBundle([{ file: 'forms/a.json', text: form(schema) }]).problems.map(({ pointer, code }) => `${pointer} ${code}`);

describe('the meeting keyword in a form', () => {
  it('is accepted on a date and a date-time field, as true or with a title and a positive duration', () => {
    expect(problemsOf({
      dag: { type: 'string', format: 'date', meeting: true },
      moment: { type: 'string', format: 'date-time', meeting: { title: { nl: 'Startgesprek', en: 'Start meeting' }, duration: 'PT1H30M' } },
      rij: { type: 'array', items: { type: 'object', properties: { op: { type: 'string', format: 'date', meeting: { duration: 'P2D' } } } } },
      overleg: { type: 'string', format: 'date', meeting: { time: 'tijd', duration: 'PT45M', titleFrom: 'soort' } },
      soort: { type: 'string', enum: ['startgesprek', 'evaluatie'] },
      tijd: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    })).toEqual([]);
  });

  it('is refused with its pointer on a field that is no date, outside a field, or with a bad duration or title', () => {
    expect(problemsOf({
      tekst: { type: 'string', meeting: true },
      getal: { type: 'number', format: 'date', meeting: true },
      nul: { type: 'string', format: 'date-time', meeting: { duration: 'PT0S' } },
      min: { type: 'string', format: 'date-time', meeting: { duration: '-PT1H' } },
      raar: { type: 'string', format: 'date-time', meeting: { duration: '90 minuten' } },
      uren: { type: 'string', format: 'date', meeting: { duration: 'PT2H' } },
      titel: { type: 'string', format: 'date', meeting: { title: { nl: 'Alleen Nederlands' } } },
      extra: { type: 'string', format: 'date', meeting: { plaats: 'school' } },
      soort: { type: 'string', format: 'date', meeting: 'ja' },
      keuze: { allOf: [{ type: 'string', format: 'date', meeting: true }] },
      geenTijd: { type: 'string', format: 'date', meeting: { time: 'bestaatNiet' } },
      dubbel: { type: 'string', format: 'date-time', meeting: { time: 'tekst' } },
      naamloos: { type: 'string', format: 'date', meeting: { titleFrom: 'nergens' } },
    })).toEqual([
      '/schema/properties/tekst/meeting meeting-not-a-date',
      '/schema/properties/getal/meeting meeting-not-a-date',
      '/schema/properties/nul/meeting/duration bad-meeting-duration',
      '/schema/properties/min/meeting/duration bad-meeting-duration',
      '/schema/properties/raar/meeting/duration bad-meeting-duration',
      '/schema/properties/uren/meeting/duration bad-meeting-duration',
      '/schema/properties/titel/meeting/title bad-meeting',
      '/schema/properties/extra/meeting/plaats bad-meeting',
      '/schema/properties/soort/meeting bad-meeting',
      '/schema/properties/keuze/allOf/0/meeting meeting-not-a-date',
      '/schema/properties/geenTijd/meeting/time bad-meeting-time',
      '/schema/properties/dubbel/meeting/time bad-meeting-time',
      '/schema/properties/naamloos/meeting/titleFrom bad-meeting-title-from',
    ]);
    const [first] = loadBundle([{ file: 'forms/a.json', text: form({ t: { type: 'string', meeting: true } }) }]).problems;
    expect(first!.message.nl).toMatch(/tekstveld met "format": "date" of "date-time"/);
  });

  it('names the fields of a form that are meetings, with the form title when the keyword gives none', () => {
    const definition = JSON.parse(form({
      datum: { type: 'string', format: 'date', meeting: true },
      planning: { type: 'array', items: { type: 'object', properties: { om: { type: 'string', format: 'date-time', meeting: { title: { nl: 'Overleg', en: 'Meeting' } } } } } },
      gewoon: { type: 'string', format: 'date' },
    })) as FormDefinition;
    expect(meetingFields(definition).map((f) => [f.pointer, f.title.nl, f.allDay, f.duration])).toEqual([
      ['/datum', 'Gesprek', true, 'P1D'], ['/planning/*/om', 'Overleg', false, 'PT1H'],
    ]);
  });
});

describe('the meetings of a trajectory', () => {
  const bundle = loadBundle(readTree('workflows', 'forms'));
  const pd = bundle.definitions.find((d) => d.definition.id === 'pd-schoolontwikkeling')!;
  const withForms = (forms: Record<string, unknown>, periods: TrajectorySnapshot['context']['periods'] = []): TrajectorySnapshot => {
    const { snapshot } = start(pd, { now: '2026-09-01T08:00:00.000Z' });
    return { ...snapshot, context: { ...snapshot.context, forms: forms as never, periods } };
  };

  it('the shipped forms load without problems with their meetings marked', () => {
    expect(bundle.problems).toEqual([]);
    const marked = [...bundle.forms.values()].filter((f) => meetingFields(f.definition).length > 0).map((f) => f.definition.id).sort();
    expect(marked).toContain('pd-startgesprek');
    expect(marked).toContain('vl-groepsbijeenkomst');
  });

  it('lists each filled-in meeting field with its step, earliest first, at its time of day in Amsterdam, and one startgesprek planned and held on the same day once', () => {
    const meetings = meetingsOf(pd, withForms({
      'pd-intake': { intakedatum: '2026-09-10', startgesprekDatum: '2026-10-01', startgesprekTijdstip: '14:30' },
      'pd-startgesprek': { datum: '2026-10-01' },
      'pd-planning': { gespreksplanning: [{ overleg: 'tussentijdse-evaluatie', datum: '2027-02-03', tijdstip: '09:15' }, { overleg: 'eindevaluatie', datum: 'geen datum' }] },
    }));
    expect(meetings.map((m) => [m.start, m.end, m.title.nl, m.step, m.allDay])).toEqual([
      ['2026-09-10', '2026-09-11', 'Intakegesprek', 'schoolformulier', true],
      // 14:30 in summer time is 12:30 UTC; 09:15 in winter time is 08:15 UTC.
      ['2026-10-01T12:30:00.000Z', '2026-10-01T13:30:00.000Z', 'Startgesprek', 'schoolformulier', false],
      ['2027-02-03T08:15:00.000Z', '2027-02-03T09:15:00.000Z', 'Tussentijdse evaluatie', 'planning', false],
    ]);
    // A planning row is named after its choice (titleFrom), in English by the form's translation.
    expect(meetings[2]!.title.en).toBe('Interim evaluation of progress');
    expect(meetings.map((m) => m.id)).toEqual(['1~pd-intake~intakedatum', '1~pd-intake~startgesprekDatum', '1~pd-planning~gespreksplanning~0~datum']);
  });

  it('counts the startgesprek in the planning and the one planned at the intake, same day, as one meeting', () => {
    const meetings = meetingsOf(pd, withForms({
      'pd-intake': { startgesprekDatum: '2026-10-06', startgesprekTijdstip: '14:30' },
      'pd-planning': { gespreksplanning: [{ overleg: 'startgesprek', datum: '2026-10-06', tijdstip: '14:30' }, { overleg: 'ondersteuning-cm', datum: '2026-11-17' }] },
    }));
    expect(meetings.map((m) => `${m.start} ${m.title.nl}`)).toEqual([
      '2026-10-06T12:30:00.000Z Startgesprek', '2026-11-17 Tussentijdse ondersteuning door de casemanager',
    ]);
  });

  it('counts a date field as all day while its time field is empty or not a time', () => {
    const [meeting] = meetingsOf(pd, withForms({ 'pd-intake': { startgesprekDatum: '2026-10-01', startgesprekTijdstip: 'middag' } }));
    expect(meeting).toMatchObject({ start: '2026-10-01', end: '2026-10-02', allDay: true, title: { nl: 'Startgesprek' } });
  });

  it('keeps the meetings of an earlier period, and an unchanged answer gives the same id', () => {
    const earlier = [{ period: 1, endedAt: '2027-07-01T00:00:00.000Z', forms: { 'pd-voortgangsgesprek': { datum: '2027-03-01' } }, counters: {} }];
    const snapshot = withForms({ 'pd-voortgangsgesprek': { datum: '2027-11-01' } }, earlier);
    snapshot.context.period = 2;
    const ids = meetingsOf(pd, snapshot).map((m) => m.id);
    expect(ids).toEqual(['1~pd-voortgangsgesprek~datum', '2~pd-voortgangsgesprek~datum']);
    expect(meetingsOf(pd, structuredClone(snapshot)).map((m) => m.id)).toEqual(ids);
  });
});
