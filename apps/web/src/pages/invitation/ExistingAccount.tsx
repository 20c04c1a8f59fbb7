import { navigate } from '../../routes/location';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { useState } from 'react';
import type { Localized } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { useSession } from '../../session/session';
import { useAcceptInvitation } from '../../queries/invitations';
import { type InvitationView, refusalOf } from './api';
import { useRoleLabel } from './roleLabel';

/**
 * Someone who already has an account: signed in with the invited address, one button adds the role; otherwise
 * they are told to sign in as that address (and, if signed in as someone else, to sign out first).
 */
export function ExistingAccount({ token, view, onAccepted, onGone }: {
  token: string; view: InvitationView; onAccepted: () => void; onGone: () => void;
}) {
  const { appText, lang } = useLang();
  const roleLabel = useRoleLabel();
  const { me, signOut } = useSession();
  const accept = useAcceptInvitation(token);
  const [problem, setProblem] = useState<Localized | undefined>();

  if (me === undefined) return <p className="app-loading">{appText('loading')}</p>;
  if (me === null) {
    return (
      <section className="invitation__box">
        <p>{appText('invitationSignInFirst', { email: view.email })}</p>
        <p><Link to={to.signIn} className="button">{appText('signIn')}</Link></p>
      </section>
    );
  }
  if (me.user.email.toLowerCase() !== view.email.toLowerCase()) {
    return (
      <section className="invitation__box">
        <p>{appText('invitationWrongAccount', { current: me.user.email, email: view.email })}</p>
        <p>
          <button type="button" className="button" onClick={() => void signOut().finally(() => navigate(to.signIn))}>{appText('signOut')}</button>
        </p>
      </section>
    );
  }
  const send = () => {
    setProblem(undefined);
    accept.mutate({}, {
      onSuccess: () => onAccepted(),
      onError: (error) => {
        const refusal = refusalOf(error, []);
        if (refusal.status === 404) onGone();
        else setProblem(refusal.general);
      },
    });
  };
  return (
    <section className="invitation__box">
      {problem && <p className="invite-form__problem" role="alert">{problem[lang] || problem.nl}</p>}
      <p>{appText('invitationAcceptExisting', { email: me.user.email, role: roleLabel(view.role), organisation: view.organisation.name })}</p>
      <button type="button" className="button" disabled={accept.isPending} onClick={send}>{accept.isPending ? appText('accepting') : appText('acceptInvitation')}</button>
    </section>
  );
}
