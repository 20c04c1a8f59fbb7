import { describe, expect, it } from 'vitest';
import type { OverviewAll } from '../src/api/overview';
import { filterMatrix } from '../src/pages/coach/matrix-rows';

const role = (id: string, nl: string) => ({ id, title: { nl, en: nl } });
const cell = (id: string, typeId: string, step: string, daysLate: number, openFlags = 0) => ({
  trajectoryId: id, type: { id: typeId, version: 1 }, label: null,
  steps: [{ path: step, title: { nl: step, en: step }, daysInStep: 20, expectedDays: 14, dueAt: null, overdue: daysLate > 0, daysLate }],
  overdue: daysLate > 0, daysLate, waitingRoles: [role('ib', 'Intern begeleider')], lastActivityAt: '2026-10-01T10:00:00Z', daysSinceActivity: 3, openFlags,
});
const data: OverviewAll = {
  at: '2026-10-20T10:00:00Z',
  types: [
    { id: 'pd', title: { nl: 'PD-traject', en: 'PD trajectory' }, versions: [1], active: 2, overdue: 1 },
    { id: 'vl', title: { nl: 'Voortgezet Leren', en: 'Continued Learning' }, versions: [1], active: 2, overdue: 0 },
  ],
  schools: [
    { school: { id: 'a', name: 'De Esch' }, overdue: 1, daysLate: 6, openFlags: 1, trajectories: [cell('a1', 'pd', 'Intake', 6), cell('a2', 'vl', 'Werken', 0, 1)] },
    { school: { id: 'b', name: 'Het Kompas' }, overdue: 0, daysLate: 0, openFlags: 0, trajectories: [cell('b1', 'pd', 'Startgesprek', 0), cell('b2', 'vl', 'Kennismaking', 0)] },
  ],
};
const ids = (rows: ReturnType<typeof filterMatrix>) => rows.map((r) => [r.school.name, r.trajectories.map((t) => t.trajectoryId)]);

describe('the matrix of the coach\'s first screen under a filter', () => {
  it('keeps the server\'s order (most urgent first) and every trajectory without a filter', () => {
    expect(ids(filterMatrix(data, { text: '', onlyOverdue: false }, 'nl'))).toEqual([['De Esch', ['a1', 'a2']], ['Het Kompas', ['b1', 'b2']]]);
  });

  it('keeps only the trajectories over time, or with an open flag, and the schools that have one', () => {
    expect(ids(filterMatrix(data, { text: '', onlyOverdue: true }, 'nl'))).toEqual([['De Esch', ['a1']]]);
    expect(ids(filterMatrix(data, { text: '', onlyOverdue: false, onlyFlagged: true }, 'nl'))).toEqual([['De Esch', ['a2']]]);
  });

  it('finds a school by name with all its trajectories, or a trajectory by its type, step or waiting role', () => {
    expect(ids(filterMatrix(data, { text: 'kompas', onlyOverdue: false }, 'nl'))).toEqual([['Het Kompas', ['b1', 'b2']]]);
    expect(ids(filterMatrix(data, { text: 'voortgezet', onlyOverdue: false }, 'nl'))).toEqual([['De Esch', ['a2']], ['Het Kompas', ['b2']]]);
    expect(ids(filterMatrix(data, { text: 'continued', onlyOverdue: false }, 'en'))).toEqual([['De Esch', ['a2']], ['Het Kompas', ['b2']]]);
    expect(ids(filterMatrix(data, { text: 'startgesprek', onlyOverdue: false }, 'nl'))).toEqual([['Het Kompas', ['b1']]]);
    expect(filterMatrix(data, { text: 'niemand', onlyOverdue: false }, 'nl')).toEqual([]);
  });
});
