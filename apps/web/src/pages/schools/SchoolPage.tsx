import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { formatDateTime } from '../../i18n/format';
import type { AppMessageKey } from '../../i18n/messages';
import { schoolAuditQuery } from '../../queries/schools';
import { trajectoryListQuery } from '../../queries/trajectories';
import { Missing } from '../Missing';
import { useDocumentTitle } from '../useDocumentTitle';
import { RequireSignIn } from '../trajectories/RequireSignIn';
import { TrajectoryCards } from '../trajectories/TrajectoryCards';
import { StartTrajectory } from './StartTrajectory';
import './school.css';

/** Audit actions a reader can be told about in words; others show their code. */
const ACTIONS: Record<string, AppMessageKey> = {
  'invitation.create': 'auditInvitationCreate', 'invitation.accept': 'auditInvitationAccept',
  'membership.add': 'auditMembershipAdd', 'membership.remove': 'auditMembershipRemove', 'trajectory.notify': 'auditNotify',
};


/** A school at a glance: all its trajectories and what happened lately, newest first, a page at a time. */
export default function SchoolPage() {
  return <RequireSignIn><School id={usePageParams('/scholen/:id').id} /></RequireSignIn>;
}

function School({ id }: { id: string }) {
  const { appText, lang } = useLang();
  const audit = useInfiniteQuery(schoolAuditQuery(id));
  const list = useQuery(trajectoryListQuery(id));
  const first = audit.data?.pages[0];
  const error = audit.error ?? list.error;
  const missing = error instanceof ApiFailure && (error.status === 404 || error.status === 400);
  useDocumentTitle(first ? first.school.name : missing ? appText('schoolNotFound') : appText('loading'));

  if (!first || !list.data) {
    if (!error) return <p className="app-loading">{appText('loading')}</p>;
    const failure = missing ? undefined : error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error);
    return <Missing title={appText('schoolNotFound')} text={appText('schoolNotFoundText')} failure={failure} />;
  }
  const trajectories = list.data;
  const entries = (audit.data?.pages ?? []).flatMap((page) => page.entries);
  // A later page that failed (the first one is there): say so under the list.
  const moreFailed = audit.isFetchNextPageError;
  const when = (at: string) => formatDateTime(at, lang);
  return (
    <div className="page school">
      <h1>{first.school.name}</h1>
      <StartTrajectory schoolId={id} schoolName={first.school.name} />
      <section aria-labelledby="school-trajectories">
        <h2 id="school-trajectories">{appText('schoolTrajectories')}</h2>
        {trajectories.length === 0 ? <p>{appText('noTrajectories')}</p> : <TrajectoryCards entries={trajectories} showSchool={false} showWaiting />}
      </section>
      <section className="school__activity" aria-labelledby="school-activity">
        <h2 id="school-activity">{appText('schoolActivity')}</h2>
        {entries.length === 0 && <p>{appText('nothingHappened')}</p>}
        <ol className="school__entries">
          {entries.map((e) => (
            <li key={e.kind === 'event' ? `e-${e.trajectory.id}-${e.seq}` : `a-${e.id}`} className="school__entry">
              <time dateTime={e.at}>{when(e.at)}</time>
              {e.kind === 'event' ? (
                <span>
                  <Link to={to.trajectory(e.trajectory.id)}>{textIn(e.trajectory.type.title, lang)}</Link>: <strong>{textIn(e.label, lang)}</strong>
                  {e.actor?.name && <> · {appText('byName', { name: e.actor.name })}</>}
                  {e.to.length > 0 && <> · {appText('toSteps', { steps: e.to.map((s) => textIn(s.title, lang)).join(' + ') })}</>}
                </span>
              ) : (
                <span>{ACTIONS[e.action] ? appText(ACTIONS[e.action]!) : e.action}{e.actor?.name && <> · {appText('byName', { name: e.actor.name })}</>}</span>
              )}
            </li>
          ))}
        </ol>
        {audit.hasNextPage && (
          <button type="button" className="button button--secondary" disabled={audit.isFetchingNextPage}
            onClick={() => void audit.fetchNextPage()}>{appText('showOlder')}</button>
        )}
        {moreFailed && <p role="alert">{appText('olderFailed')}</p>}
      </section>
    </div>
  );
}
