import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { navigate } from '../../routes/location';
import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { invitationQuery } from '../../queries/invitations';
import { useSession } from '../../session/session';
import { formatDate } from '../trajectories/format';
import { useDocumentTitle } from '../useDocumentTitle';
import type { InvitationView } from './api';
import { NewAccountForm } from './NewAccountForm';
import { ExistingAccount } from './ExistingAccount';
import { useRoleLabel } from './roleLabel';
import './invitation.css';


/** `#/uitnodiging/<token>`: what the invitation is for, then a new account or one click for an existing one. */
export default function InvitationPage() {
  const { token } = usePageParams('/uitnodiging/:token');
  const { appText } = useLang();
  const invitation = useQuery(invitationQuery(token));
  // Found gone while accepting (someone used it meanwhile), though it was open when read.
  const [goneSince, setGone] = useState(false);
  const gone = goneSince || (invitation.error instanceof ApiFailure && invitation.error.status === 404);
  useDocumentTitle(gone ? appText('invitationGoneTitle') : appText('invitationTitle'));

  // The session is the accepted one already (useAcceptInvitation); on to the new member's trajectories.
  const accepted = () => navigate(to.trajectories);

  if (gone) return <Gone />;
  if (invitation.isError) {
    const reason = invitation.error instanceof Error ? invitation.error.message : String(invitation.error);
    return (
      <div className="page page--narrow">
        <h1>{appText('invitationTitle')}</h1>
        <p role="alert" className="trajectory__problem">{appText('invitationLoadFailed', { reason })}</p>
      </div>
    );
  }
  if (!invitation.data) return <p className="app-loading">{appText('loading')}</p>;
  const view = invitation.data;
  return (
    <div className="page page--narrow invitation">
      <h1>{appText('invitationTitle')}</h1>
      <Summary view={view} />
      {view.existingAccount
        ? <ExistingAccount token={token} view={view} onAccepted={accepted} onGone={() => setGone(true)} />
        : <NewAccountForm token={token} view={view} onAccepted={accepted} onGone={() => setGone(true)} />}
    </div>
  );
}

function Summary({ view }: { view: InvitationView }) {
  const { appText, lang } = useLang();
  const roleLabel = useRoleLabel();
  const organisation = view.organisation.name;
  return (
    <>
      <p className="lead">
        {view.invitedBy ? appText('invitationIntro', { inviter: view.invitedBy.name, organisation }) : appText('invitationIntroAnonymous', { organisation })}
      </p>
      <dl className="invitation__facts">
        <dt>{view.organisation.kind === 'school' ? appText('invitationSchool') : appText('invitationOrganisation')}</dt>
        <dd>{organisation}</dd>
        <dt>{appText('invitationRole')}</dt>
        <dd>{roleLabel(view.role)}</dd>
        <dt>{appText('invitationEmail')}</dt>
        <dd>{view.email}</dd>
        <dt>{appText('invitationValidUntil')}</dt>
        <dd>{formatDate(view.expiresAt, lang)}</dd>
      </dl>
    </>
  );
}

/** An unknown, expired or used link: say so plainly and what to do next. */
function Gone() {
  const { appText } = useLang();
  const { me } = useSession();
  return (
    <div className="page page--narrow invitation">
      <h1>{appText('invitationGoneTitle')}</h1>
      <p className="lead">{appText('invitationGoneText')}</p>
      <h2>{appText('invitationWhatNow')}</h2>
      <ul className="invitation__next">
        <li>{appText('invitationGoneAskNew')}</li>
        <li>{appText('invitationGoneUsed')}</li>
      </ul>
      <p>{me ? <Link to={to.trajectories} className="button">{appText('myTrajectories')}</Link> : <Link to={to.signIn} className="button">{appText('signIn')}</Link>}</p>
    </div>
  );
}
