import { textIn, type Lang } from '@koers/engine';
import { appMsg } from '../../i18n/messages';
import type { Cell } from './csv';
import { daysLate, formatDate, hoursBudget, waitingForms } from './rows';
import type { SchoolRow } from './types';

/**
 * The schools table as CSV rows, one school a row; parallel steps are joined with " + ". Numbers stay numbers
 * (days, hours) so they can be summed in Excel.
 */
export function schoolsCsv(rows: readonly SchoolRow[], lang: Lang): Cell[][] {
  const m = (key: Parameters<typeof appMsg>[0]) => appMsg(key, lang);
  const header = [m('colSchool'), m('colLabel'), m('colStep'), m('colDays'), m('colExpected'), m('colOverdue'), m('colLateDays'),
    m('colWaiting'), m('colForm'), m('colLastActivity'), m('colHours'), m('colBudget'), m('colFlags')];
  return [header, ...rows.map((row) => {
    const budget = hoursBudget(row);
    return [
      row.school.name,
      row.label ?? '',
      row.steps.map((s) => textIn(s.title, lang)).join(' + '),
      Math.max(0, ...row.steps.map((s) => s.daysInStep)),
      row.steps.map((s) => s.expectedDays).find((d) => d !== null) ?? null,
      row.overdue ? m('yes') : m('no'),
      daysLate(row),
      row.waitingRoles.map((r) => textIn(r.title, lang)).join(', '),
      waitingForms(row, lang).join(', '),
      formatDate(row.lastActivityAt, lang),
      budget?.used ?? null,
      budget?.limit ?? null,
      row.openFlags,
    ];
  })];
}
