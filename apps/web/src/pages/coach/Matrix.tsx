import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { overviewAllQuery } from '../../queries/overview';
import { navigate } from '../../routes/location';
import { Link } from '../../routes/Link';
import { searchOf, viewOf } from '../../routes/overviewSearch';
import { to, useOverviewSearch } from '../../routes/paths';
import { filterMatrix, type MatrixCell, type MatrixSchool, type MatrixType } from './matrix-rows';
import type { Filter } from './rows';
import { SearchAndSwitches } from './SchoolFilters';
import { coachText } from './texts';
import './matrix.css';

/**
 * The procesbegeleider's first screen: every school they may see across every trajectory type, one row per school
 * (the most urgent first, as the server sorts them), one column per type; a cell says the current step, the days
 * over time (or in the step) and who it waits for, and links to the trajectory; a column's title opens the type's
 * overview. The search and the two switches live in the URL (`#/overzicht?teLaat=true&zoek=esch`). On a phone
 * every school is a card with the same information.
 */
export function Matrix() {
  const { appText, lang } = useLang();
  const search = useOverviewSearch();
  const all = useQuery(overviewAllQuery);
  const [filter, setFilter] = useState(() => viewOf(search).filter);
  const change = (next: Filter) => {
    setFilter(next);
    navigate(to.overview(undefined, searchOf(next, viewOf({}).sort)), { replace: true });
  };
  const data = all.data;
  const shown = useMemo(() => (data ? filterMatrix(data, filter, lang) : []), [data, filter, lang]);

  if (all.error) {
    const error = all.error;
    return <p className="coach__error" role="alert">{error instanceof ApiFailure && error.status === 401 ? appText('signInFirst')
      : appText('loadFailed', { reason: error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error) })}</p>;
  }
  if (!data) return <p className="app-loading">{appText('loading')}</p>;
  const active = data.types.reduce((n, t) => n + t.active, 0);
  const overdue = data.types.reduce((n, t) => n + t.overdue, 0);
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <h2 id="matrix-title" className="coach__type-title">{coachText('matrixHeading', lang)}</h2>
      <ul className="coach__totals">
        <li>{coachText('matrixTotals', lang, { schools: data.schools.length, active })}</li>
        <li className={overdue > 0 ? 'coach__totals--late' : undefined}>{overdue > 0 && <span aria-hidden="true">⚠ </span>}{appText('totalsOverdue', { n: overdue })}</li>
      </ul>
      <div className="schools__filters">
        <SearchAndSwitches id="matrix-search" filter={filter} onFilter={change} />
        <p className="schools__count" role="status">{coachText('matrixShown', lang, { shown: shown.length, total: data.schools.length })}</p>
      </div>
      {data.schools.length === 0 ? <p>{coachText('matrixEmpty', lang)}</p> : (
        <div className="matrix__scroll">
          <table className="matrix__table">
            <caption className="visually-hidden">{coachText('matrixCaption', lang)}</caption>
            <thead>
              <tr>
                <th scope="col">{appText('colSchool')}</th>
                {data.types.map((type) => (
                  <th scope="col" key={type.id}>
                    <Link to={to.overview(type.id)} className="matrix__type-link">{textIn(type.title, lang)}</Link>
                    <span className="matrix__type-count">{coachText('typeColumn', lang, { active: type.active, overdue: type.overdue })}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.length === 0 && <tr><td colSpan={data.types.length + 1} className="schools__none">{coachText('matrixNone', lang)}</td></tr>}
              {shown.map((row) => <SchoolRow key={row.school.id} row={row} types={data.types} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SchoolRow({ row, types }: { row: MatrixSchool; types: readonly MatrixType[] }) {
  const { appText, lang } = useLang();
  return (
    <tr className={row.overdue > 0 ? 'matrix__row--late' : undefined}>
      <th scope="row">
        <Link to={to.school(row.school.id)} className="schools__link">{row.school.name}</Link>
        {row.daysLate > 0 && <span className="badge badge--late"><span aria-hidden="true">⚠ </span>{appText('overdueBadge')}</span>}
        {row.openFlags > 0 && <span className="badge badge--flag"><span aria-hidden="true">⚑ </span>{appText(row.openFlags === 1 ? 'flagBadgeOne' : 'flagBadge', { n: row.openFlags })}</span>}
      </th>
      {types.map((type) => {
        const cells = row.trajectories.filter((t) => t.type.id === type.id);
        return (
          <td key={type.id} className={cells.length === 0 ? 'matrix__empty' : undefined}>
            {cells.length === 0 ? <><span aria-hidden="true">–</span><span className="visually-hidden">{coachText('noTrajectory', lang)}</span></> : (
              <>
                {/* On a phone the column's title stands in the card. */}
                <Link to={to.overview(type.id)} className="matrix__card-type">{textIn(type.title, lang)}</Link>
                {cells.map((cell) => <Cell key={cell.trajectoryId} cell={cell} versions={type.versions.length} />)}
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
}

function Cell({ cell, versions }: { cell: MatrixCell; versions: number }) {
  const { appText, lang } = useLang();
  const roles = cell.waitingRoles.map((r) => textIn(r.title, lang)).join(', ');
  return (
    <div className={cell.overdue ? 'matrix__cell matrix__cell--late' : 'matrix__cell'}>
      {cell.label && <div className="trajectory-label">{cell.label}</div>}
      {/* A step per line (parallel tracks have more), each linking to the trajectory, its days beneath it. */}
      {cell.steps.map((s) => (
        <div key={s.path} className="matrix__stepline">
          <Link to={to.trajectory(cell.trajectoryId)} className="matrix__step">{textIn(s.title, lang)}</Link>
          <div className={s.overdue ? 'matrix__late' : 'matrix__days'}>
            {s.overdue ? (s.daysLate === 0 ? coachText('dueToday', lang) : s.daysLate === 1 ? coachText('dayLate', lang) : coachText('daysLate', lang, { n: s.daysLate }))
              : s.expectedDays === null ? coachText('daysInOnly', lang, { days: s.daysInStep }) : coachText('daysIn', lang, { days: s.daysInStep, expected: s.expectedDays })}
          </div>
        </div>
      ))}
      <div className="matrix__waiting">
        {roles ? <><span className="matrix__label">{coachText('waitsFor', lang)}</span> {roles}</> : coachText('waitsForNobody', lang)}
      </div>
      {(versions > 1 || cell.openFlags > 0) && (
        <div className="matrix__meta">
          {versions > 1 && <span className="matrix__version">{coachText('versionOf', lang, { n: cell.type.version })}</span>}
          {cell.openFlags > 0 && <span className="badge badge--flag"><span aria-hidden="true">⚑ </span>{appText(cell.openFlags === 1 ? 'flagBadgeOne' : 'flagBadge', { n: cell.openFlags })}</span>}
        </div>
      )}
    </div>
  );
}
