import { useEffect, useState } from 'react';
import { t } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { getSchoolAudit, listTrajectories, type SchoolAudit, type TrajectoryListEntry } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import type { AppMessageKey } from '../../i18n/messages';
import { Link } from '../../router';
import { Missing } from '../Missing';
import { useDocumentTitle } from '../useDocumentTitle';
import { RequireSignIn } from '../trajectories/RequireSignIn';
import { TrajectoryCards } from '../trajectories/TrajectoryCards';
import './school.css';

/** Audit actions a reader can be told about in words; others show their code. */
const ACTIONS: Record<string, AppMessageKey> = {
  'invitation.create': 'auditInvitationCreate', 'invitation.accept': 'auditInvitationAccept',
  'membership.add': 'auditMembershipAdd', 'membership.remove': 'auditMembershipRemove', 'trajectory.notify': 'auditNotify',
};

type Load = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; message: string }
  | { kind: 'ready'; trajectories: TrajectoryListEntry[]; audit: SchoolAudit };

/** A school at a glance: all its trajectories and what happened lately, newest first, a page at a time. */
export default function SchoolPage({ params }: { params: Record<string, string> }) {
  return <RequireSignIn><School id={params.id ?? ''} /></RequireSignIn>;
}

function School({ id }: { id: string }) {
  const { m, lang } = useLang();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [more, setMore] = useState<'idle' | 'busy' | 'failed'>('idle');
  useDocumentTitle(load.kind === 'ready' ? load.audit.school.name : load.kind === 'missing' ? m('schoolNotFound') : m('loading'));

  useEffect(() => {
    let current = true;
    Promise.all([getSchoolAudit(id), listTrajectories(id)]).then(([audit, trajectories]) => {
      if (current) setLoad({ kind: 'ready', audit, trajectories });
    }, (error: unknown) => {
      if (!current) return;
      if (error instanceof ApiFailure && (error.status === 404 || error.status === 400)) setLoad({ kind: 'missing' });
      else setLoad({ kind: 'failed', message: error instanceof ApiFailure ? t(error.error.message, lang) : String(error) });
    });
    return () => {
      current = false;
    };
  }, [id]);

  if (load.kind === 'loading') return <p className="app-loading">{m('loading')}</p>;
  if (load.kind !== 'ready') {
    return <Missing title={m('schoolNotFound')} text={m('schoolNotFoundText')} failure={load.kind === 'failed' ? load.message : undefined} />;
  }
  const { audit, trajectories } = load;
  const loadMore = async () => {
    if (!audit.nextCursor) return;
    setMore('busy');
    try {
      const page = await getSchoolAudit(id, audit.nextCursor);
      setLoad({ ...load, audit: { ...audit, entries: [...audit.entries, ...page.entries], nextCursor: page.nextCursor } });
      setMore('idle');
    } catch {
      setMore('failed');
    }
  };
  const when = (at: string) => new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="page school">
      <h1>{audit.school.name}</h1>
      <section aria-labelledby="school-trajectories">
        <h2 id="school-trajectories">{m('schoolTrajectories')}</h2>
        {trajectories.length === 0 ? <p>{m('noTrajectories')}</p> : <TrajectoryCards entries={trajectories} showSchool={false} />}
      </section>
      <section className="school__activity" aria-labelledby="school-activity">
        <h2 id="school-activity">{m('schoolActivity')}</h2>
        {audit.entries.length === 0 && <p>{m('nothingHappened')}</p>}
        <ol className="school__entries">
          {audit.entries.map((e) => (
            <li key={e.kind === 'event' ? `e-${e.trajectory.id}-${e.seq}` : `a-${e.id}`} className="school__entry">
              <time dateTime={e.at}>{when(e.at)}</time>
              {e.kind === 'event' ? (
                <span>
                  <Link to={`/trajecten/${e.trajectory.id}`}>{t(e.trajectory.type.title, lang)}</Link>: <strong>{t(e.label, lang)}</strong>
                  {e.actor && <> · {m('byName', { name: e.actor.name })}</>}
                  {e.to.length > 0 && <> · {m('toSteps', { steps: e.to.map((s) => t(s.title, lang)).join(' + ') })}</>}
                </span>
              ) : (
                <span>{ACTIONS[e.action] ? m(ACTIONS[e.action]!) : e.action}{e.actor?.name && <> · {m('byName', { name: e.actor.name })}</>}</span>
              )}
            </li>
          ))}
        </ol>
        {audit.nextCursor && (
          <button type="button" className="button button--secondary" disabled={more === 'busy'} onClick={() => void loadMore()}>{m('showOlder')}</button>
        )}
        {more === 'failed' && <p role="alert">{m('olderFailed')}</p>}
      </section>
    </div>
  );
}
