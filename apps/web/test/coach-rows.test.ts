import { describe, expect, it } from 'vitest';
import { daysLate, filterSchools, sortSchools } from '../src/pages/coach/rows';
import { schoolsCsv } from '../src/pages/coach/export';
import { csvDate, csvDialect, toCsv } from '../src/pages/coach/csv';
import type { SchoolRow } from '../src/pages/coach/types';

const role = (id: string, nl: string) => ({ id, title: { nl, en: nl } });
const ib = { ...role('ib', 'Intern begeleider'), people: [{ id: 'u1', name: 'Iris de Boer' }] };
const werkgroep = { ...role('werkgroep', 'Werkgroep'), people: [{ id: 'u2', name: 'Wim Groen' }, { id: 'u3', name: 'Wendy Groot' }] };
function school(name: string, step: string, days: number, expected: number | null, activity: number, used = 0, openFlags = 0): SchoolRow {
  return {
    trajectoryId: name, school: { id: name, name }, label: null, version: 1, typeVersion: 1,
    steps: [{ path: step, title: { nl: step, en: step }, enteredAt: '2026-10-01T10:00:00Z', daysInStep: days, expectedDays: expected,
      dueAt: null, overdue: expected !== null && days > expected, waitingFor: { roles: [role('ib', 'Intern begeleider')], forms: [role('f', 'Intake')], events: [] } }],
    overdue: expected !== null && days > expected, waitingRoles: [role('ib', 'Intern begeleider'), role('werkgroep', 'Werkgroep')],
    waitingFor: { roles: [ib, werkgroep], system: [] },
    lastActivityAt: '2026-10-18T14:54:46Z', daysSinceActivity: activity,
    budgets: [{ id: 'uren', title: { nl: 'Uren', en: 'Hours' }, unit: { nl: 'uur', en: 'hours' }, limit: 15, used }],
    openFlags, upcoming: [], reminders: { reminders: 0, escalations: 0, lastAt: null, undelivered: 0, undeliveredRoles: [] },
  };
}
const rows = [school('De Regenboog', 'uitvoering.verbeterwerk.uitvoeren', 49, 182, 12, 5.5, 2), school('De Vlinderboom', 'intake', 38, 14, 38)];

describe('the schools table of the coach overview', () => {
  it('counts the days past the expected duration', () => {
    expect(rows.map(daysLate)).toEqual([0, 24]);
  });

  it('filters on a step (and its sub-steps), on overdue, on open flags and on text', () => {
    const none = { text: '', onlyOverdue: false, step: undefined };
    expect(filterSchools(rows, { ...none, step: 'intake' }, 'nl').map((r) => r.school.name)).toEqual(['De Vlinderboom']);
    expect(filterSchools(rows, { ...none, step: 'uitvoering' }, 'nl').map((r) => r.school.name)).toEqual(['De Regenboog']);
    expect(filterSchools(rows, { ...none, onlyOverdue: true }, 'nl')).toHaveLength(1);
    expect(filterSchools(rows, { ...none, onlyFlagged: true }, 'nl').map((r) => r.school.name)).toEqual(['De Regenboog']);
    expect(filterSchools(rows, { ...none, text: 'REGEN' }, 'nl')).toHaveLength(1);
    expect(filterSchools(rows, { ...none, text: 'intern begeleider' }, 'nl')).toHaveLength(2);
  });

  it('puts the most overdue school first when sorting days descending', () => {
    expect(sortSchools(rows, { key: 'days', dir: 'descending' }, 'nl')[0]!.school.name).toBe('De Vlinderboom');
    expect(sortSchools(rows, { key: 'hours', dir: 'descending' }, 'nl')[0]!.school.name).toBe('De Regenboog');
    expect(sortSchools(rows, { key: 'school', dir: 'ascending' }, 'nl')[0]!.school.name).toBe('De Regenboog');
  });

  it('finds a school by who it waits for, by role and by the person\'s name', () => {
    const none = { text: '', onlyOverdue: false, step: undefined };
    expect(filterSchools(rows, { ...none, text: 'iris de boer' }, 'nl')).toHaveLength(2);
    expect(filterSchools(rows, { ...none, text: 'werkgroep' }, 'nl')).toHaveLength(2);
  });

  it('exports one row per school with numbers kept as numbers and "wacht op" as the table says it', () => {
    const csv = schoolsCsv(rows, 'nl');
    expect(csv[0]![0]).toBe('School');
    expect(csv[0]![1]).toBe('Label');
    // One person holds ib there: named; two hold werkgroep: the role alone.
    expect(csv[2]).toEqual(['De Vlinderboom', '', 'intake', 38, 14, 'ja', 24, 'Intern begeleider (Iris de Boer), Werkgroep', 'Intake', '18-10-2026', 0, 15, 0]);
    expect(csv[0]!.at(-1)).toBe('Open signalen');
    expect(csv[1]!.at(-1)).toBe(2);
  });

  it('writes decimals as Dutch Excel reads them (5,5 with semicolons), and as English Excel does (5.5 with commas)', () => {
    const nl = toCsv(schoolsCsv(rows, 'nl'), csvDialect('nl')).split('\r\n');
    expect(nl[1]).toMatch(/;5,5;15;2$/);
    expect(nl[1]!.split(';')).toHaveLength(13);
    const en = toCsv(schoolsCsv(rows, 'en'), csvDialect('en')).split('\r\n');
    expect(en[1]).toMatch(/,5\.5,15,2$/);
    // The comma-separated file quotes a field with commas.
    expect(en[1]).toContain(',"Intern begeleider (Iris de Boer), Werkgroep",');
  });
});

describe('dates of the coach overview\'s CSV', () => {
  it('are the day in Europe/Amsterdam, whatever the machine\'s zone, in a form Excel reads as a date', () => {
    // 23:30 UTC on 17 October is 01:30 on the 18th in Amsterdam (summer time).
    expect(csvDate('2026-10-17T23:30:00Z', 'nl')).toBe('18-10-2026');
    expect(csvDate('2026-10-17T23:30:00Z', 'en')).toBe('2026-10-18');
  });
});
