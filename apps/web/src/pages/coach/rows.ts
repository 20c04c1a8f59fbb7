import { isWithin, textIn, type Lang } from '@koers/engine';
import type { Budget, SchoolRow } from './types';
import { waitingParts } from '../trajectories/waiting';

/** The columns of the schools table that can be sorted. */
export type SortKey = 'school' | 'step' | 'days' | 'lastActivity' | 'hours';
export interface Sort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

export interface Filter {
  text: string;
  onlyOverdue: boolean;
  step: string | undefined;
  /** Only schools whose trajectory has an open flag (issue 13). */
  onlyFlagged?: boolean;
  /** Only trajectories on this version of the type (issue 14); the server is asked for it too. */
  version?: number;
}

/** How far past its expected duration a school is, in days (0 when on time or without a due date). */
export function daysLate(row: SchoolRow): number {
  return Math.max(0, ...row.steps.map((s) => (s.expectedDays === null ? 0 : s.daysInStep - s.expectedDays)));
}

/** The hours budget (unit "uur"), else the first budget. */
export function hoursBudget(row: SchoolRow): Budget | undefined {
  return row.budgets.find((b) => b.unit.nl === 'uur') ?? row.budgets[0];
}

/** The forms a school's current steps wait for, without repeats. */
export function waitingForms(row: SchoolRow, lang: Lang): string[] {
  return [...new Set(row.steps.flatMap((s) => s.waitingFor.forms.map((f) => textIn(f.title, lang))))];
}

export function filterSchools(rows: readonly SchoolRow[], filter: Filter, lang: Lang): SchoolRow[] {
  const needle = filter.text.trim().toLocaleLowerCase(lang);
  return rows.filter((row) => {
    if (filter.onlyOverdue && !row.overdue) return false;
    if (filter.onlyFlagged && row.openFlags === 0) return false;
    if (filter.version !== undefined && row.typeVersion !== filter.version) return false;
    if (filter.step && !row.steps.some((s) => isWithin(s.path, filter.step!))) return false;
    if (!needle) return true;
    const haystack = [row.school.name, row.label ?? '', ...row.steps.map((s) => textIn(s.title, lang)), ...waitingParts(row.waitingFor, lang),
      ...waitingForms(row, lang)].join(' ').toLocaleLowerCase(lang);
    return haystack.includes(needle);
  });
}

function sortValue(row: SchoolRow, key: SortKey, lang: Lang): string | number {
  switch (key) {
    case 'school': return row.school.name;
    case 'step': return row.steps.map((s) => textIn(s.title, lang)).join(', ');
    // Lateness first, so "descending" puts the most overdue school on top; days in step break ties.
    case 'days': return daysLate(row) * 10_000 + Math.max(0, ...row.steps.map((s) => s.daysInStep));
    case 'lastActivity': return row.daysSinceActivity;
    case 'hours': return hoursBudget(row)?.used ?? -1;
  }
}

export function sortSchools(rows: readonly SchoolRow[], sort: Sort, lang: Lang): SchoolRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key, lang);
    const y = sortValue(b, sort.key, lang);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    return sign * order || a.school.name.localeCompare(b.school.name, lang);
  });
}
