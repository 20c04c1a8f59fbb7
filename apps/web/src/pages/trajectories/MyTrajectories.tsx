import { useEffect, useState } from 'react';
import { t } from '@koers/engine';
import { listTrajectories, type EventOption, type TrajectorySummary } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { Link } from '../../router';
import { useDocumentTitle } from '../useDocumentTitle';
import { formatDate } from './format';
import { RequireSignIn } from './RequireSignIn';
import './trajectories.css';

interface Row { summary: TrajectorySummary; events: EventOption[] | undefined }

/** "Mijn trajecten": each trajectory with where it stands, when it is due and what is expected of me now. */
export default function MyTrajectories() {
  return <RequireSignIn><TrajectoryList /></RequireSignIn>;
}

function TrajectoryList() {
  const { m, lang } = useLang();
  useDocumentTitle(m('myTrajectories'));
  const [rows, setRows] = useState<Row[] | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    listTrajectories().then((list) => {
      if (current) setRows(list.map((summary) => ({ summary, events: summary.events })));
    }, (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      current = false;
    };
  }, []);

  return (
    <div className="page">
      <h1>{m('myTrajectories')}</h1>
      {failure && <p role="alert" className="trajectory__problem">{failure}</p>}
      {!rows && !failure && <p className="app-loading">{m('loading')}</p>}
      {rows?.length === 0 && <p>{m('noTrajectories')}</p>}
      <ul className="trajectory-cards">
        {rows?.map(({ summary: s, events }) => (
          <li key={s.id} className={`trajectory-card${s.overdue ? ' is-overdue' : ''}`}>
            <h2><Link to={`/trajecten/${s.id}`}>{t(s.type.title, lang)}</Link></h2>
            <p className="trajectory-card__school">{s.school.name}</p>
            <p><span className="trajectory-card__label">{m('currentStep')}: </span>
              {s.status === 'done' ? m('finished') : s.steps.map((step) => t(step.title, lang)).join(' + ')}</p>
            {s.dueAt && s.status !== 'done' && (
              <p className={s.overdue ? 'badge badge--overdue' : 'badge'}>
                {s.overdue ? m('overdueSince', { date: formatDate(s.dueAt, lang) }) : m('dueOn', { date: formatDate(s.dueAt, lang) })}
              </p>
            )}
            <div>
              <span className="trajectory-card__label">{m('expectedOfYou')}: </span>
              {events === undefined ? m('loading') : events.length === 0 ? m('nothingExpected') : (
                <ul className="trajectory-card__events">{events.map((e) => <li key={e.type}>{t(e.label, lang)}</li>)}</ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
