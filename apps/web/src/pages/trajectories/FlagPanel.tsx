import { useId, useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import type { FlagView, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useAcknowledgeFlag } from '../../queries/trajectories';
import { formatDate } from './format';
import './flags.css';

/**
 * "Signalen": the soft rules that did not hold for this trajectory (issue 13), open ones first. Each says why,
 * when, and at which event; a coach or admin acknowledges it with a note, and then it says who did and what they
 * wrote. Nothing is shown when the trajectory has no flags.
 */
export function FlagPanel({ view }: { view: TrajectoryView }) {
  const { appText } = useLang();
  if (view.flags.length === 0) return null;
  const open = view.flags.filter((f) => f.acknowledgedAt === null);
  const done = view.flags.filter((f) => f.acknowledgedAt !== null);
  return (
    <section className="flags" aria-labelledby="flags-title">
      <h2 id="flags-title">{appText('flagsHeading')}</h2>
      <p className="flags__summary">{open.length === 0 ? appText('flagsNoneOpen') : appText(open.length === 1 ? 'flagsOpenOne' : 'flagsOpen', { n: open.length })}</p>
      <ul className="flags__list">
        {[...open, ...done].map((f) => <FlagItem key={f.id} flag={f} view={view} />)}
      </ul>
    </section>
  );
}

function FlagItem({ flag, view }: { flag: FlagView; view: TrajectoryView }) {
  const { appText, lang } = useLang();
  const source = flag.source === 'attendance' ? appText('flagFromAttendance') : flag.eventLabel ? appText('flagAtEvent', { event: textIn(flag.eventLabel, lang) }) : undefined;
  return (
    <li className={flag.acknowledgedAt ? 'flags__item flags__item--done' : 'flags__item'} data-flag={flag.code}>
      <p className="flags__reason"><span aria-hidden="true">⚠ </span>{textIn(flag.message, lang)}</p>
      <p className="flags__meta">
        {appText('flagRaisedOn', { date: formatDate(flag.raisedAt, lang) })}{source ? ` · ${source}` : ''}
      </p>
      {flag.acknowledgedAt ? (
        <p className="flags__done">
          {appText('flagAcknowledged', { name: flag.acknowledgedBy?.name ?? '–', date: formatDate(flag.acknowledgedAt, lang) })}
          {flag.note ? <><br /><q>{flag.note}</q></> : null}
        </p>
      ) : view.mayAcknowledgeFlags ? <Acknowledge trajectoryId={view.id} flag={flag} /> : (
        <p className="flags__waiting">{appText('flagWaiting')}</p>
      )}
    </li>
  );
}

function Acknowledge({ trajectoryId, flag }: { trajectoryId: string; flag: FlagView }) {
  const { appText, lang } = useLang();
  const [note, setNote] = useState('');
  const mutation = useAcknowledgeFlag(trajectoryId);
  const noteId = useId();
  const problem = mutation.error instanceof ApiFailure ? textIn(mutation.error.error.message, lang) : mutation.error ? String(mutation.error) : undefined;
  return (
    <form className="flags__form" onSubmit={(e) => { e.preventDefault(); mutation.mutate({ flagId: flag.id, note }); }}>
      <label htmlFor={noteId}>{appText('flagNote')}</label>
      <textarea id={noteId} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      {problem && <p className="flags__problem" role="alert">{problem}</p>}
      <button type="submit" className="button button--secondary" disabled={mutation.isPending}>{appText('flagAcknowledge')}</button>
    </form>
  );
}
