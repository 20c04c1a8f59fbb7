import { describe, expect, it } from 'vitest';
import { budgetState, daysUntil, durationParts, expectedDays, formatNumber } from '../src/pages/trajectories/status';

describe('the status panel of a trajectory', () => {
  it('splits an ISO 8601 duration into readable parts', () => {
    expect(durationParts('P14D')).toEqual([{ n: 14, unit: 'day' }]);
    expect(durationParts('P1M')).toEqual([{ n: 1, unit: 'month' }]);
    expect(durationParts('P6W')).toEqual([{ n: 6, unit: 'week' }]);
    expect(durationParts('P1Y2M3DT4H30M')).toEqual([
      { n: 1, unit: 'year' }, { n: 2, unit: 'month' }, { n: 3, unit: 'day' }, { n: 4, unit: 'hour' }, { n: 30, unit: 'minute' },
    ]);
    for (const bad of [undefined, '', 'P', 'PT', '14D', 'P1.5D', 'next week']) expect(durationParts(bad), String(bad)).toBeUndefined();
  });

  it('counts the expected days of a step from its entry to its due time', () => {
    expect(expectedDays('2026-10-01T10:00:00Z', '2026-10-15T10:00:00Z')).toBe(14);
    expect(expectedDays('2026-10-01T10:00:00Z', null)).toBeNull();
  });

  it('says how many days are left, or how many days late (negative)', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(daysUntil('2026-11-30T12:00:00Z', now)).toBe(5);
    expect(daysUntil('2026-11-26T00:00:00Z', now)).toBe(1);
    expect(daysUntil('2026-11-01T12:00:00Z', now)).toBe(-24);
    expect(daysUntil('2026-11-01T00:00:00Z', now)).toBe(-24);
  });

  it('tells what is left of a budget and how far it is overspent', () => {
    expect(budgetState({ limit: 15, used: 5.5 })).toEqual({ left: 9.5, over: 0, share: 5.5 / 15 });
    expect(budgetState({ limit: 10, used: 12 })).toEqual({ left: 0, over: 2, share: 1 });
    expect(budgetState({ limit: 0, used: 0 })).toEqual({ left: 0, over: 0, share: 0 });
  });

  it('writes numbers the Dutch or English way', () => {
    expect(formatNumber(5.5, 'nl')).toBe('5,5');
    expect(formatNumber(5.5, 'en')).toBe('5.5');
    // Quarter hours stay quarter hours; thousands are grouped as the language does.
    expect(formatNumber(2.25, 'nl')).toBe('2,25');
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
