import { useEffect, useState } from 'react';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { Link, navigate } from '../../router';
import { type MeResponse, useSession } from '../../session/session';
import { formatDate } from '../trajectories/format';
import { useDocumentTitle } from '../useDocumentTitle';
import { type InvitationView, readInvitation } from './api';
import { NewAccountForm } from './NewAccountForm';
import { ExistingAccount } from './ExistingAccount';
import { roleLabel } from './roleLabel';
import './invitation.css';

type State = { kind: 'loading' } | { kind: 'gone' } | { kind: 'failed'; reason: string } | { kind: 'open'; view: InvitationView };

/** `#/uitnodiging/<token>`: what the invitation is for, then a new account or one click for an existing one. */
export default function InvitationPage({ params }: { params: Record<string, string> }) {
  const token = params.token ?? '';
  const { m } = useLang();
  const { adopt } = useSession();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useDocumentTitle(state.kind === 'gone' ? m('invitationGoneTitle') : m('invitationTitle'));

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    readInvitation(token).then((view) => current && setState({ kind: 'open', view }), (error: unknown) => {
      if (!current) return;
      if (error instanceof ApiFailure && error.status === 404) setState({ kind: 'gone' });
      else setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      current = false;
    };
  }, [token]);

  const accepted = (answer: MeResponse) => {
    adopt(answer);
    navigate('/trajecten');
  };

  if (state.kind === 'loading') return <p className="app-loading">{m('loading')}</p>;
  if (state.kind === 'gone') return <Gone />;
  if (state.kind === 'failed') {
    return (
      <div className="page page--narrow">
        <h1>{m('invitationTitle')}</h1>
        <p role="alert" className="trajectory__problem">{m('invitationLoadFailed', { reason: state.reason })}</p>
      </div>
    );
  }
  const { view } = state;
  return (
    <div className="page page--narrow invitation">
      <h1>{m('invitationTitle')}</h1>
      <Summary view={view} />
      {view.existingAccount
        ? <ExistingAccount token={token} view={view} onAccepted={accepted} onGone={() => setState({ kind: 'gone' })} />
        : <NewAccountForm token={token} view={view} onAccepted={accepted} onGone={() => setState({ kind: 'gone' })} />}
    </div>
  );
}

function Summary({ view }: { view: InvitationView }) {
  const { m, lang } = useLang();
  const organisation = view.organisation.name;
  return (
    <>
      <p className="lead">
        {view.invitedBy ? m('invitationIntro', { inviter: view.invitedBy.name, organisation }) : m('invitationIntroAnonymous', { organisation })}
      </p>
      <dl className="invitation__facts">
        <dt>{view.organisation.kind === 'school' ? m('invitationSchool') : m('invitationOrganisation')}</dt>
        <dd>{organisation}</dd>
        <dt>{m('invitationRole')}</dt>
        <dd>{roleLabel(view.role, lang)}</dd>
        <dt>{m('invitationEmail')}</dt>
        <dd>{view.email}</dd>
        <dt>{m('invitationValidUntil')}</dt>
        <dd>{formatDate(view.expiresAt, lang)}</dd>
      </dl>
    </>
  );
}

/** An unknown, expired or used link: say so plainly and what to do next. */
function Gone() {
  const { m } = useLang();
  const { me } = useSession();
  return (
    <div className="page page--narrow invitation">
      <h1>{m('invitationGoneTitle')}</h1>
      <p className="lead">{m('invitationGoneText')}</p>
      <h2>{m('invitationWhatNow')}</h2>
      <ul className="invitation__next">
        <li>{m('invitationGoneAskNew')}</li>
        <li>{m('invitationGoneUsed')}</li>
      </ul>
      <p>{me ? <Link to="/trajecten" className="button">{m('myTrajectories')}</Link> : <Link to="/inloggen" className="button">{m('signIn')}</Link>}</p>
    </div>
  );
}
