import { useState, type FormEvent } from 'react';
import { useLang } from '../../i18n/lang';
import { appMsg } from '../../i18n/messages';
import { useAcceptInvitation } from '../../queries/invitations';
import { UnsavedChanges } from '../../routes/UnsavedChanges';
import { useSession } from '../../session/session';
import type { InvitationView } from './api';
import { Field, useServerForm } from './Field';

const FIELDS = ['/name', '/password', '/confirm'] as const;
/** The validator's words for the name (its pattern) made plain. */
const PLAINER = { '/name': { keywords: ['minLength', 'pattern'], message: { nl: appMsg('enterYourName', 'nl'), en: appMsg('enterYourName', 'en') } } };

/** A new person: their name and a password (twice); the server judges the password and says why it refuses. */
export function NewAccountForm({ token, view, onAccepted, onGone }: {
  token: string; view: InvitationView; onAccepted: () => void; onGone: () => void;
}) {
  const { appText, lang } = useLang();
  const { me } = useSession();
  const { form, general, text, send, showErrors } = useServerForm(FIELDS, PLAINER);
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState(view.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only the repetition is checked here; what a good password is, the server decides.
    if (password !== confirm) return showErrors({ '/confirm': { nl: appMsg('passwordsDiffer', 'nl'), en: appMsg('passwordsDiffer', 'en') } });
    void send(async () => {
      await accept.mutateAsync({ name, password });
      onAccepted();
    }, (refusal) => {
      if (refusal.status !== 404) return false;
      onGone();
      return true;
    });
  };

  return (
    <section aria-labelledby="invitation-new-heading">
      <h2 id="invitation-new-heading">{appText('invitationNewAccount')}</h2>
      {me && <p className="invitation__note">{appText('invitationOtherSignedIn', { current: me.user.email, email: view.email })}</p>}
      <form ref={form} className="invite-form" onSubmit={submit} noValidate>
        <UnsavedChanges when={(password !== '' || name !== view.name) && !accept.isPending && !accept.isSuccess} />
        {general && <p className="invite-form__problem" role="alert">{general[lang] || general.nl}</p>}
        <Field id="invitation-email" label={appText('invitationEmail')} hint={appText('invitationEmailFixed')}>
          {(aria) => <input {...aria} type="email" value={view.email} readOnly autoComplete="username" />}
        </Field>
        <Field id="invitation-name" label={appText('yourName')} error={text('/name')}>
          {(aria) => <input {...aria} type="text" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field id="invitation-password" label={appText('choosePassword')} hint={appText('passwordHint')} error={text('/password')}>
          {(aria) => <input {...aria} type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Field id="invitation-confirm" label={appText('repeatPassword')} error={text('/confirm')}>
          {(aria) => <input {...aria} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={accept.isPending}>{accept.isPending ? appText('accepting') : appText('acceptInvitation')}</button>
      </form>
    </section>
  );
}
