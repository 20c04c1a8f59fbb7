import { describe, expect, it } from 'vitest';
import { daysText, formatDate, formatDateTime, formatNumber } from '../src/i18n/format';
import { waitingText } from '../src/pages/trajectories/waiting';

describe('numbers and dates one way (issue 14)', () => {
  it('writes a date as "18 okt 2026" on the day in Amsterdam, whatever the machine\'s zone', () => {
    // 23:30 UTC on 17 October is 01:30 on the 18th in Amsterdam (summer time).
    expect(formatDate('2026-10-17T23:30:00Z', 'nl')).toBe('18 okt 2026');
    expect(formatDate('2026-10-17T23:30:00Z', 'en')).toBe('18 Oct 2026');
    // A calendar day is that day, not the day before somewhere west of Greenwich.
    expect(formatDate('2026-03-12', 'nl')).toBe('12 mrt 2026');
  });

  it('writes a moment with its time in Amsterdam', () => {
    expect(formatDateTime('2026-03-12T13:05:00Z', 'nl')).toBe('12 mrt 2026, 14:05');
    expect(formatDateTime('2026-03-12T13:05:00Z', 'en')).toBe('12 Mar 2026, 14:05');
  });

  it('writes decimals with a comma in Dutch and says what a number of days is', () => {
    expect(formatNumber(7.5, 'nl')).toBe('7,5');
    expect(formatNumber(7.5, 'en')).toBe('7.5');
    expect(formatNumber(1234.5, 'nl', { grouping: false })).toBe('1234,5');
    expect([daysText(1, 'nl'), daysText(38, 'nl'), daysText(1, 'en'), daysText(1500, 'nl')]).toEqual(['1 dag', '38 dagen', '1 day', '1.500 dagen']);
  });
});

describe('who a trajectory waits for, in words', () => {
  const title = (nl: string, en: string) => ({ nl, en });
  it('names the person when one person holds the role, and only the role otherwise', () => {
    expect(waitingText({ roles: [
      { id: 'ib', title: title('Intern begeleider', 'Internal coach'), people: [{ id: 'a', name: 'Iris de Boer' }] },
      { id: 'werkgroep', title: title('Werkgroep', 'Working group'), people: [{ id: 'b', name: 'Wim' }, { id: 'c', name: 'Wendy' }] },
      { id: 'directie', title: title('Directie', 'Management'), people: [] },
    ], system: [] }, 'nl')).toBe('Intern begeleider (Iris de Boer), Werkgroep, Directie');
  });

  it('says the due date when only a timer moves it on, the group when only the group can, and nobody otherwise', () => {
    const timer = { kind: 'timer' as const, event: 'T', label: title('Termijn verstreken', 'Due date passed'), at: '2026-03-12T08:00:00.000Z' };
    const later = { ...timer, event: 'U', at: '2026-06-01T08:00:00.000Z' };
    expect(waitingText({ roles: [], system: [timer, later] }, 'nl')).toBe('de termijn van 12 mrt 2026 (Termijn verstreken)');
    expect(waitingText({ roles: [], system: [timer] }, 'en')).toBe('the due date of 12 Mar 2026 (Due date passed)');
    expect(waitingText({ roles: [], system: [{ kind: 'group', event: 'G', label: title('Ingedeeld in een groep', 'Placed in a group') }] }, 'nl'))
      .toBe('de groep (Ingedeeld in een groep)');
    expect(waitingText({ roles: [], system: [] }, 'nl')).toBe('niemand (er is nu niets te doen)');
  });
});
