import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import type { AppMessageKey } from '../../i18n/messages';
import { daysLate, hoursBudget, waitingForms, type Sort, type SortKey } from './rows';
import { daysText, formatDate, formatNumber } from '../../i18n/format';
import { waitingParts } from '../trajectories/waiting';
import type { SchoolRow } from './types';
import { RemindersSent } from './RemindersSent';
import { coachText } from './texts';

const COLUMNS: Array<{ key: AppMessageKey; sort?: SortKey }> = [
  { key: 'colSchool', sort: 'school' },
  { key: 'colStep', sort: 'step' },
  { key: 'colDays', sort: 'days' },
  { key: 'colWaiting' },
  { key: 'colLastActivity', sort: 'lastActivity' },
  { key: 'colHours', sort: 'hours' },
];

/**
 * The schools of an overview as a table with sortable headers (`aria-sort` on the sorted one); each school
 * name links to its trajectory page (history, forms, and the coach's own actions). With `versions` (the schools run
 * on more than one version of the type) each school says its version. On a phone every row is a card: each cell
 * carries its column's name (`data-label`, shown by coach-cards.css).
 */
export function SchoolTable({ rows, sort, onSort, versions = false }: { rows: readonly SchoolRow[]; sort: Sort; onSort: (sort: Sort) => void; versions?: boolean }) {
  const { appText } = useLang();
  return (
    <div className="schools__scroll">
      <table className="schools__table">
        <caption className="visually-hidden">{appText('schoolsHeading')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => {
              const sorted = col.sort === sort.key;
              return (
                <th key={col.key} scope="col" aria-sort={sorted ? sort.dir : undefined}>
                  {col.sort ? (
                    <button type="button" className="schools__sort" onClick={() => onSort({
                      key: col.sort!, dir: sorted && sort.dir === 'ascending' ? 'descending' : sorted ? 'ascending' : col.sort === 'days' ? 'descending' : 'ascending',
                    })}>
                      {appText(col.key)}
                      <span aria-hidden="true" className="schools__arrow">{sorted ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  ) : appText(col.key)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={COLUMNS.length} className="schools__none">{appText('noSchools')}</td></tr>}
          {rows.map((row) => <SchoolLine key={row.trajectoryId} row={row} versions={versions} />)}
        </tbody>
      </table>
    </div>
  );
}

function SchoolLine({ row, versions }: { row: SchoolRow; versions: boolean }) {
  const { appText, lang } = useLang();
  const label = (key: AppMessageKey) => ({ 'data-label': appText(key) });
  const budget = hoursBudget(row);
  const late = daysLate(row);
  return (
    <tr className={row.overdue ? 'schools__row--late' : undefined}>
      <th scope="row">
        <Link to={to.trajectory(row.trajectoryId)} className="schools__link">{row.school.name}</Link>
        {row.label && <span className="trajectory-label"> · {row.label}</span>}
        {row.overdue && <span className="badge badge--late"><span aria-hidden="true">⚠ </span>{appText('overdueBadge')}</span>}
        {row.openFlags > 0 && <span className="badge badge--flag"><span aria-hidden="true">⚑ </span>{appText(row.openFlags === 1 ? 'flagBadgeOne' : 'flagBadge', { n: row.openFlags })}</span>}
        <RemindersSent sent={row.reminders} />
        {versions && <span className="schools__version">{coachText('versionOf', lang, { n: row.typeVersion })}</span>}
      </th>
      <td {...label('colStep')}>{row.steps.map((s) => <div key={s.path}>{textIn(s.title, lang)}</div>)}</td>
      <td {...label('colDays')}>
        {row.steps.map((s) => (
          <div key={s.path} className={s.overdue ? 'schools__days--late' : undefined}>
            {s.expectedDays === null ? appText('daysOnly', { days: daysText(s.daysInStep, lang) })
              : appText('daysOf', { days: daysText(s.daysInStep, lang), expected: daysText(s.expectedDays, lang) })}
          </div>
        ))}
        {late > 0 && <div className="schools__late-by">{appText('overdueBy', { n: daysText(late, lang) })}</div>}
      </td>
      <td {...label('colWaiting')}>
        {waitingParts(row.waitingFor, lang).map((part) => <div key={part} className="schools__waiting">{part}</div>)}
        {waitingForms(row, lang).map((f) => <div key={f} className="schools__form">{appText('colForm')}: {f}</div>)}
      </td>
      <td {...label('colLastActivity')}>
        <time dateTime={row.lastActivityAt}>{formatDate(row.lastActivityAt, lang)}</time>
        <div className="schools__muted">{row.daysSinceActivity === 0 ? appText('today') : appText('daysAgo', { n: daysText(row.daysSinceActivity, lang) })}</div>
      </td>
      <td {...label('colHours')}>
        {budget ? (
          <>
            <div>{appText('statusBudgetUsed', { used: formatNumber(budget.used, lang), limit: formatNumber(budget.limit, lang), unit: textIn(budget.unit, lang) })}</div>
            <meter min={0} max={budget.limit} value={budget.used}
              aria-label={`${textIn(budget.title, lang)}: ${appText('statusBudgetUsed', { used: formatNumber(budget.used, lang), limit: formatNumber(budget.limit, lang), unit: textIn(budget.unit, lang) })}`} />
            {/* Hours over the budget are recorded when the type makes the budget a warning: say so, the meter stops at full. */}
            {budget.used > budget.limit && (
              <div className="schools__late-by">{appText('statusBudgetOver', { over: formatNumber(budget.used - budget.limit, lang), unit: textIn(budget.unit, lang) })}</div>
            )}
          </>
        ) : '–'}
      </td>
    </tr>
  );
}
