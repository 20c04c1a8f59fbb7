import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  ANCHORS, anchorMoment, anchorWords, isSchoolDay, localDate, localHour, midnight, nextSchoolDay, publicHolidays, schoolCalendar,
} from '../src';

const FROM = '2026-09-01T08:00:00.000Z';

describe('the school calendar', () => {
  it('holds the Rijksoverheid holidays per region for 2025-2026 to 2028-2029', () => {
    for (const region of ['noord', 'midden', 'zuid'] as const) {
      const cal = schoolCalendar(region);
      expect(new Set(cal.holidays.map((h) => h.schoolYear))).toEqual(new Set(['2025-2026', '2026-2027', '2027-2028', '2028-2029']));
      expect(cal.holidays).toHaveLength(20);
      for (const h of cal.holidays) {
        // Every holiday runs from a Saturday to a Sunday.
        expect(new Date(`${h.first}T12:00:00Z`).getUTCDay()).toBe(6);
        expect(new Date(`${h.last}T12:00:00Z`).getUTCDay()).toBe(0);
      }
    }
    expect(schoolCalendar('zuid').holidays.find((h) => h.holiday === 'herfstvakantie')).toEqual(
      { holiday: 'herfstvakantie', schoolYear: '2025-2026', first: '2025-10-11', last: '2025-10-19' });
    expect(schoolCalendar('noord').holidays.find((h) => h.schoolYear === '2028-2029' && h.holiday === 'zomervakantie'))
      .toMatchObject({ first: '2029-07-21', last: '2029-09-02' });
  });

  it('resolves "voor de herfstvakantie" to 00:00 Amsterdam time on its first day, per region', () => {
    expect(anchorMoment(schoolCalendar('midden'), 'voor-herfstvakantie', FROM)).toBe('2026-10-16T22:00:00.000Z');
    expect(anchorMoment(schoolCalendar('noord'), 'voor-herfstvakantie', FROM)).toBe('2026-10-09T22:00:00.000Z');
  });

  it('resolves "na de kerstvakantie" to the first school day after it, skipping a studiedag', () => {
    const plain = schoolCalendar('midden');
    expect(anchorMoment(plain, 'na-kerstvakantie', FROM)).toBe('2027-01-03T23:00:00.000Z');
    const withStudiedag = schoolCalendar('midden', [{ date: '2027-01-04', title: 'Studiedag' }]);
    expect(anchorMoment(withStudiedag, 'na-kerstvakantie', FROM)).toBe('2027-01-04T23:00:00.000Z');
  });

  it('takes the next one at or after the moment, and knows nothing beyond its data', () => {
    const cal = schoolCalendar('zuid');
    expect(anchorMoment(cal, 'einde-schooljaar', '2027-07-30T00:00:00.000Z')).toBe('2028-07-21T22:00:00.000Z');
    expect(anchorMoment(cal, 'begin-schooljaar', '2029-09-01T00:00:00.000Z')).toBeUndefined();
  });

  it('counts weekends, holidays, public holidays and days off as no school days', () => {
    const cal = schoolCalendar('midden', [{ date: '2026-11-12', title: 'Studiedag' }]);
    expect(isSchoolDay(cal, '2026-11-11')).toBe(true);
    expect(isSchoolDay(cal, '2026-11-12')).toBe(false);
    expect(isSchoolDay(cal, '2026-11-14')).toBe(false);
    expect(isSchoolDay(cal, '2026-10-20')).toBe(false);
    expect(isSchoolDay(cal, '2028-05-25')).toBe(false); // Hemelvaartsdag 2028
    expect(nextSchoolDay(cal, '2026-10-20')).toBe('2026-10-26');
    expect(nextSchoolDay(cal, '2026-11-11T22:30:00.000Z')).toBe('2026-11-13'); // 23:30 on the 11th is the 12th in Amsterdam
    expect([...publicHolidays(2027).keys()]).toEqual(
      ['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26']);
  });

  it('names every anchor in Dutch and English', () => {
    expect(ANCHORS).toHaveLength(12);
    expect(anchorWords('voor-herfstvakantie')).toEqual({ nl: 'voor de herfstvakantie', en: 'before the autumn holiday' });
    expect(anchorWords('einde-schooljaar').nl).toBe('aan het einde van het schooljaar');
  });

  it('gives the same anchor moments whatever the machine time zone', () => {
    const script = `import { anchorMoment, schoolCalendar } from './packages/engine/src/index.ts';
      process.stdout.write(anchorMoment(schoolCalendar('midden'), 'na-herfstvakantie', '${FROM}') ?? '');`;
    for (const tz of ['America/New_York', 'Asia/Tokyo']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(run.stdout).toBe('2026-10-25T23:00:00.000Z');
    }
  });
});

describe('local dates and hours in Europe/Amsterdam', () => {
  it('reads the date and hour of an instant in Amsterdam, in winter and in summer time, whatever the machine\'s zone', () => {
    expect([localDate('2026-12-04T06:30:00.000Z'), localHour('2026-12-04T06:30:00.000Z')]).toEqual(['2026-12-04', 7]);
    expect([localDate('2026-07-01T05:30:00.000Z'), localHour('2026-07-01T05:30:00.000Z')]).toEqual(['2026-07-01', 7]);
    expect([localDate('2026-12-04T23:30:00.000Z'), localHour('2026-12-04T23:30:00.000Z')]).toEqual(['2026-12-05', 0]);
    expect(localHour(midnight('2026-10-25'))).toBe(0);
  });
});
