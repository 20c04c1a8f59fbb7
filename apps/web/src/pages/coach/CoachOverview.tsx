import { useEffect, useMemo, useState } from 'react';
import { t } from '@koers/engine';
import { ApiFailure, apiFetch } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { navigate } from '../../router';
import { useDocumentTitle } from '../useDocumentTitle';
import { DiagramPanel } from './DiagramPanel';
import { SchoolFilters } from './SchoolFilters';
import { SchoolTable } from './SchoolTable';
import { StepHeat } from './StepHeat';
import { filterSchools, sortSchools, type Filter, type Sort } from './rows';
import type { Overview, TypeSummary } from './types';
import './coach.css';

/**
 * "Overzicht scholen" for procesbegeleiders: per trajectory type where each school stands (a bar per step,
 * clickable to filter), the flow diagram with the same counts (its steps filter too), and a sortable,
 * filterable table of schools, each linking to its trajectory, that exports to CSV.
 */
export default function CoachOverview({ params }: { params: Record<string, string> }) {
  const { m, lang } = useLang();
  const [types, setTypes] = useState<TypeSummary[]>();
  const [data, setData] = useState<Overview>();
  const [failure, setFailure] = useState<string>();
  const [filter, setFilter] = useState<Filter>({ text: '', onlyOverdue: false, step: undefined });
  const [sort, setSort] = useState<Sort>({ key: 'days', dir: 'descending' });
  const typeId = params.typeId;
  useDocumentTitle(data ? `${t(data.type.title, lang)} · ${m('coachOverview')}` : m('coachOverview'));

  const explain = (error: unknown) => setFailure(error instanceof ApiFailure && error.status === 401 ? m('signInFirst')
    : m('loadFailed', { reason: error instanceof ApiFailure ? t(error.error.message, lang) : String(error) }));

  useEffect(() => {
    apiFetch<TypeSummary[]>('/api/types').then(setTypes, explain);
  }, []);

  useEffect(() => {
    setData(undefined);
    setFailure(undefined);
    setFilter({ text: '', onlyOverdue: false, step: undefined });
    if (!typeId) return;
    // A slower answer for a type chosen earlier must not overwrite the current one.
    let current = true;
    apiFetch<Overview>(`/api/overview?typeId=${encodeURIComponent(typeId)}`)
      .then((answer) => current && setData(answer), (error: unknown) => current && explain(error));
    return () => {
      current = false;
    };
  }, [typeId]);

  const shown = useMemo(() => (data ? sortSchools(filterSchools(data.schools, filter, lang), sort, lang) : []), [data, filter, sort, lang]);

  return (
    <div className="page coach">
      <h1>{m('coachOverview')}</h1>
      <p className="lead">{m('coachIntro')}</p>
      <div className="coach__type">
        <label htmlFor="coach-type">{m('chooseType')}</label>
        <select id="coach-type" value={typeId ?? ''} onChange={(e) => navigate(e.target.value ? `/overzicht/${e.target.value}` : '/overzicht')}>
          <option value="">{m('chooseTypePlaceholder')}</option>
          {types?.map((type) => <option key={type.id} value={type.id}>{t(type.title, lang)}</option>)}
        </select>
      </div>
      {failure && <p className="coach__error" role="alert">{failure}</p>}
      {!typeId && !failure && <p>{m('pickAType')}</p>}
      {typeId && !data && !failure && <p className="app-loading">{m('loading')}</p>}
      {data && (
        <>
          <h2 className="coach__type-title">{t(data.type.title, lang)}</h2>
          <ul className="coach__totals">
            <li>{m('totalsActive', { n: data.totals.active })}</li>
            <li className={data.totals.overdue > 0 ? 'coach__totals--late' : undefined}>
              {data.totals.overdue > 0 && <span aria-hidden="true">⚠ </span>}{m('totalsOverdue', { n: data.totals.overdue })}
            </li>
            <li>{m('totalsDone', { n: data.totals.done })}</li>
          </ul>
          <div className="coach__grid">
            <StepHeat steps={data.steps} selected={filter.step} onSelect={(step) => setFilter({ ...filter, step })} />
            <DiagramPanel typeId={data.type.id} title={data.type.title} steps={data.steps} at={data.at}
              selected={filter.step} onSelect={(step) => setFilter({ ...filter, step })} />
          </div>
          <section className="schools" aria-labelledby="schools-title">
            <h2 id="schools-title">{m('schoolsHeading')}</h2>
            <SchoolFilters data={data} filter={filter} onFilter={setFilter} shown={shown} />
            <SchoolTable rows={shown} sort={sort} onSort={setSort} />
          </section>
        </>
      )}
    </div>
  );
}
