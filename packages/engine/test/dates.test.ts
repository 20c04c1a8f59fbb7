import { describe, expect, it } from 'vitest';
import { type Expression, checkExpression, evaluate } from '../src';

// The date operators of expressions (docs/definition-format.md §5, "Rekenen met datums"). The engine tests also run
// under TZ=America/New_York (npm run test:engine-zone): every answer here must be the same in any machine zone.
const run = (expr: Expression, data: unknown = {}) => evaluate(expr, data);

describe('date operators in expressions', () => {
  it('date: normalises a date, a date-time with a zone read in Europe/Amsterdam, and a local date-time to YYYY-MM-DD', () => {
    expect(run({ date: '2026-10-14' })).toBe('2026-10-14');
    // 22:30 UTC on 16 October is 00:30 on the 17th in Amsterdam (summer time), whatever the machine's zone.
    expect(run({ date: '2026-10-16T22:30:00.000Z' })).toBe('2026-10-17');
    // Winter time: 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(run({ date: '2026-12-31T23:30:00Z' })).toBe('2027-01-01');
    expect(run({ date: '2026-10-17T01:00:00+02:00' })).toBe('2026-10-17');
    expect(run({ date: '2026-10-17T08:15' })).toBe('2026-10-17');
    expect(run({ date: { var: 'now' } }, { now: '2026-03-28T23:30:00.000Z' })).toBe('2026-03-29');
  });

  it('date: gives null for what is no date, so a half-filled form can be checked without an error', () => {
    for (const value of ['', '2026-02-30', '14-10-2026', 'morgen', 20261014, null, true, ['2026-10-14'], '2026-13-01']) {
      expect(run({ date: [value] as never }), JSON.stringify(value)).toBeNull();
    }
    expect(run({ date: { var: 'nergens' } })).toBeNull();
  });

  it('addDuration: adds calendar years, months, weeks and days; a month from the 31st ends on the last day of a shorter month', () => {
    expect(run({ addDuration: ['2026-09-01', 'P6M'] })).toBe('2027-03-01');
    expect(run({ addDuration: ['2026-08-31', 'P6M'] })).toBe('2027-02-28');
    expect(run({ addDuration: ['2027-08-31', 'P6M'] })).toBe('2028-02-29');
    expect(run({ addDuration: ['2026-09-01', 'P1Y6M'] })).toBe('2028-03-01');
    expect(run({ addDuration: ['2026-10-20', 'P2W'] })).toBe('2026-11-03');
    expect(run({ addDuration: ['2026-10-20', '-P14D'] })).toBe('2026-10-06');
    // Across the change to winter time (25 October 2026) a day is still a day.
    expect(run({ addDuration: ['2026-10-24', 'P1D'] })).toBe('2026-10-25');
    expect(run({ addDuration: [{ var: 'now' }, 'P1M'] }, { now: '2026-01-31T23:30:00.000Z' })).toBe('2026-03-01');
  });

  it('addDuration: gives null for a missing date or a duration that is not in whole days', () => {
    expect(run({ addDuration: [{ var: 'einddatum' }, 'P6M'] }, {})).toBeNull();
    expect(run({ addDuration: ['2026-09-01', { var: 'duur' }] }, { duur: 'PT1H' })).toBeNull();
    expect(run({ addDuration: ['2026-09-01', { var: 'duur' }] }, { duur: 'zes maanden' })).toBeNull();
    expect(run({ addDuration: ['2026-09-01', { var: 'duur' }] }, { duur: 'P3M' })).toBe('2026-12-01');
  });

  it('daysBetween: counts calendar days from the first to the second, negative when the second is earlier', () => {
    expect(run({ daysBetween: ['2026-09-01', '2026-10-01'] })).toBe(30);
    expect(run({ daysBetween: ['2026-10-01', '2026-09-01'] })).toBe(-30);
    // 29 March 2026 has 23 hours in Amsterdam; it still counts as one day.
    expect(run({ daysBetween: ['2026-03-28', '2026-03-30'] })).toBe(2);
    expect(run({ daysBetween: ['2026-03-28T23:30:00Z', '2026-03-30'] })).toBe(1);
    expect(run({ daysBetween: ['2026-03-28', ''] })).toBeNull();
  });

  it('schoolYear: a school year runs from 1 August to 31 July', () => {
    expect(run({ schoolYear: '2026-08-01' })).toBe('2026-2027');
    expect(run({ schoolYear: '2026-07-31' })).toBe('2025-2026');
    expect(run({ schoolYear: '2027-01-15' })).toBe('2026-2027');
    // 31 July 22:30 UTC is already 1 August in Amsterdam.
    expect(run({ schoolYear: '2026-07-31T22:30:00.000Z' })).toBe('2026-2027');
    expect(run({ schoolYear: 'geen datum' })).toBeNull();
  });

  it('compares dates as texts: the YYYY-MM-DD form sorts in time order', () => {
    const data = { begindatum: '2026-09-01', einddatum: '2027-02-28' };
    const halfYear: Expression = { '>=': [{ date: { var: 'einddatum' } }, { addDuration: [{ var: 'begindatum' }, 'P6M'] }] };
    expect(run(halfYear, data)).toBe(false);
    expect(run(halfYear, { ...data, einddatum: '2027-03-01' })).toBe(true);
    expect(run({ '==': [{ schoolYear: { var: 'begindatum' } }, { schoolYear: { var: 'einddatum' } }] }, data)).toBe(true);
  });

  it('the linter refuses a duration literal that is none, and a date operator with the wrong number of arguments, with the pointer', () => {
    expect(checkExpression({ '<': [{ var: 'a' }, { addDuration: [{ var: 'b' }, 'P6X'] }] })).toEqual([
      expect.objectContaining({ pointer: '/</1/addDuration/1', message: expect.objectContaining({ nl: expect.stringContaining('"P6X" is geen ISO 8601-duur') }) }),
    ]);
    expect(checkExpression({ addDuration: ['2026-09-01', 'PT2H'] })).toHaveLength(1);
    expect(checkExpression({ addDuration: ['2026-09-01', 6] })).toHaveLength(1);
    expect(checkExpression({ daysBetween: ['2026-09-01'] })).toEqual([expect.objectContaining({ pointer: '/daysBetween' })]);
    expect(checkExpression({ schoolYear: ['2026-09-01', 'x'] })).toHaveLength(1);
    expect(checkExpression({ addDuration: [{ var: 'begindatum' }, { var: 'duur' }] })).toEqual([]);
    expect(checkExpression({ addDuration: ['2026-09-01', '-P1Y'] })).toEqual([]);
  });
});

describe('date operators in words', () => {
  it('describes a minimum span and a school year for diagrams and the generated docs', async () => {
    const { describeExpression } = await import('../src');
    const { fixtureDefinition } = await import('./helpers');
    const ctx = { def: fixtureDefinition('mini'), lang: 'nl' as const };
    expect(describeExpression({ '>=': [{ date: { var: 'event.eind' } }, { addDuration: [{ var: 'event.begin' }, 'P6M'] }] }, ctx))
      .toBe('eind is minstens begin + 6 maanden');
    expect(describeExpression({ '==': [{ schoolYear: { var: 'now' } }, '2026-2027'] }, { ...ctx, lang: 'en' })).toBe('school year of now is 2026-2027');
    expect(describeExpression({ '<': [{ daysBetween: [{ var: 'dates.intake' }, { var: 'now' }] }, 30] }, ctx)).toBe('dagen van datum intake tot nu is minder dan 30');
  });
});
