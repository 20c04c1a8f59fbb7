import { textIn, type Lang } from '@koers/engine';
import { appMsg } from '../../i18n/messages';
import { type Cell, csvDate } from './csv';
import { daysLate, hoursBudget, waitingForms } from './rows';
import { waitingText } from '../trajectories/waiting';
import type { SchoolRow } from './types';

/**
 * The schools table as CSV rows, one school a row; parallel steps are joined with " + ". Numbers stay numbers
 * (days, hours; written with the language's decimal sign by csv.ts) so they can be summed in Excel. "Wacht op" says
 * who can act now, with the person when one person holds the role, as the table does.
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
      waitingText(row.waitingFor, lang),
      waitingForms(row, lang).join(', '),
      csvDate(row.lastActivityAt, lang),
      budget?.used ?? null,
      budget?.limit ?? null,
      row.openFlags,
    ];
  })];
}
