import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { overviewQuery, typesQuery, useMoreSchools } from '../../queries/overview';
import { navigate } from '../../routes/location';
import { searchOf, viewOf } from '../../routes/overviewSearch';
import { to, useOverviewSearch, usePageParams } from '../../routes/paths';
import { useDocumentTitle } from '../useDocumentTitle';
import { Link } from '../../routes/Link';
import { DiagramPanel } from './DiagramPanel';
import { SchoolFilters } from './SchoolFilters';
import { SchoolTable } from './SchoolTable';
import { StepHeat } from './StepHeat';
import { Upcoming } from './Upcoming';
import { remindersTotal } from './RemindersSent';
import { timeText } from '../time/texts';
import { BellIcon } from '../time/icons';
import { filterSchools, sortSchools, type Filter, type Sort } from './rows';
import { Matrix } from './Matrix';
import { coachText } from './texts';
import type { Overview } from './types';
import './coach.css';

const GROUPS_OF_TYPE = { nl: 'Groepen van deze trajectsoort', en: 'Groups of this trajectory type' };


/**
 * "Overzicht scholen" for procesbegeleiders: without a type, every school across every type (the matrix, see
 * Matrix.tsx); with one, per trajectory type (every version, or the one in `?versie=`) where each school stands (a bar per step,
 * clickable to filter), the flow diagram with the same counts (its steps filter too), and a sortable,
 * filterable table of schools, each linking to its trajectory, that exports to CSV. The filters and the sort
 * order live in the URL's search params (see routes/overviewSearch.ts).
 */
export default function CoachOverview() {
  const { appText, lang } = useLang();
  const { typeId } = usePageParams('/overzicht/:typeId?');
  const { versie } = useOverviewSearch();
  const types = useQuery(typesQuery);
  // Another version keeps the page (and its filters) while the next answer loads.
  const overview = useQuery({ ...overviewQuery(typeId ?? '', versie), enabled: typeId !== undefined, placeholderData: keepPreviousData });
  const data = typeId && overview.data?.type.id === typeId ? overview.data : undefined;
  useDocumentTitle(data ? `${textIn(data.type.title, lang)} · ${appText('coachOverview')}` : appText('coachOverview'));

  const error = types.error ?? (typeId ? overview.error : null);
  const failure = !error ? undefined : error instanceof ApiFailure && error.status === 401 ? appText('signInFirst')
    : appText('loadFailed', { reason: error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error) });

  return (
    <div className="page coach">
      <h1>{appText('coachOverview')}</h1>
      <p className="lead">{typeId ? appText('coachIntro') : coachText('matrixIntro', lang)}</p>
      <div className="coach__type">
        <label htmlFor="coach-type">{appText('chooseType')}</label>
        {/* Another type starts without filters: they name its steps. */}
        <select id="coach-type" value={typeId ?? ''} onChange={(e) => navigate(to.overview(e.target.value || undefined))}>
          <option value="">{coachText('allTypes', lang)}</option>
          {types.data?.map((type) => <option key={type.id} value={type.id}>{textIn(type.title, lang)}</option>)}
        </select>
      </div>
      {failure && <p className="coach__error" role="alert">{failure}</p>}
      {!typeId && !failure && <Matrix />}
      {typeId && !data && !failure && <p className="app-loading">{appText('loading')}</p>}
      {data && <TypeOverview key={data.type.id} data={data} />}
    </div>
  );
}

/**
 * One type's overview. The filters are state here, so the table follows every key and click at once, and each
 * change is written to the URL as well (replacing the entry: back leaves the page, not a filter); the URL is
 * read when the overview opens (a reload, a shared link).
 */
function TypeOverview({ data: first }: { data: Overview }) {
  const { appText, lang } = useLang();
  const search = useOverviewSearch();
  // The server answers the schools a page at a time (a national programme has tens of thousands); more on request.
  const [moreWanted, setMoreWanted] = useState(false);
  const more = useMoreSchools(first, search.versie, moreWanted);
  const data = useMemo(() => ({ ...first, schools: [...first.schools, ...(more.data?.pages ?? []).flatMap((page) => page.schools)] }), [first, more.data]);
  const loaded = first.offset + data.schools.length;
  const moreSchools = loaded < first.schoolsTotal ? {
    loaded, total: first.schoolsTotal, loading: more.isFetching, failed: more.isError,
    load: () => { if (moreWanted) void more.fetchNextPage(); else setMoreWanted(true); },
  } : undefined;
  const { typeId } = usePageParams('/overzicht/:typeId?');
  const [view, setView] = useState(() => viewOf(search));
  const { filter, sort } = view;
  const change = (next: { filter: Filter; sort: Sort }) => {
    setView(next);
    navigate(to.overview(typeId, searchOf(next.filter, next.sort)), { replace: true });
  };
  const setFilter = (next: Filter) => change({ filter: next, sort });
  const shown = useMemo(() => sortSchools(filterSchools(data.schools, filter, lang), sort, lang), [data, filter, sort, lang]);

  return (
    <>
      <h2 className="coach__type-title">{textIn(data.type.title, lang)}</h2>
      <p className="coach__groups">
        <Link to={to.overview()}><span aria-hidden="true">← </span>{coachText('backToAll', lang)}</Link>
        <Link to={to.groups({ typeId: data.type.id })}>{textIn(GROUPS_OF_TYPE, lang)}</Link>
      </p>
      <ul className="coach__totals">
        <li>{data.totals.active === 1 ? appText('totalsActiveOne') : appText('totalsActive', { n: data.totals.active })}</li>
        <li className={data.totals.overdue > 0 ? 'coach__totals--late' : undefined}>
          {data.totals.overdue > 0 && <span aria-hidden="true">⚠ </span>}{appText('totalsOverdue', { n: data.totals.overdue })}
        </li>
        <li>{appText('totalsDone', { n: data.totals.done })}</li>
        <li><BellIcon />{' '}{remindersTotal(data.schools) === 1 ? timeText('reminderSent', lang) : timeText('remindersSent', lang, { n: remindersTotal(data.schools) })}</li>
      </ul>
      {/* The schools first: who needs attention; then what is coming, then where the steps stand. */}
      <section className="schools" aria-labelledby="schools-title">
        <h2 id="schools-title">{appText('schoolsHeading')}</h2>
        <SchoolFilters data={data} filter={filter} onFilter={setFilter} shown={shown} more={moreSchools} />
        <SchoolTable rows={shown} sort={sort} onSort={(next) => change({ filter, sort: next })} versions={data.versions.length > 1} />
      </section>
      <Upcoming rows={shown} days={data.upcomingDays} />
      <div className="coach__grid">
        <StepHeat steps={data.steps} selected={filter.step} onSelect={(step) => setFilter({ ...filter, step })} />
        <DiagramPanel typeId={data.type.id} version={search.versie} title={data.type.title} steps={data.steps} at={data.at}
          selected={filter.step} onSelect={(step) => setFilter({ ...filter, step })} />
      </div>
    </>
  );
}
