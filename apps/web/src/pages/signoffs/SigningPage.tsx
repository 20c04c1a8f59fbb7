import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { usePageParams } from '../../routes/paths';
import { formatDate } from '../trajectories/format';
import { useDocumentTitle } from '../useDocumentTitle';
import { type PublicSignoff, lookUpSignoff, signSignoff } from './api';
import { SIGNOFF_TEXT as T, say } from './texts';
import './signoffs.css';

/**
 * `#/tekenen/<token>`: the page for someone without an account (a parent, a pupil, a council member). It says what
 * they sign (type, school, step, the sign-off's own text; never form answers) and takes their typed name as the
 * signature. The link works once; a used, expired or withdrawn link says so in plain words. Phone first.
 */
export default function SigningPage() {
  const { token } = usePageParams('/tekenen/:token');
  const { lang } = useLang();
  const look = useQuery({ queryKey: ['signoff', token], queryFn: () => lookUpSignoff(token), retry: false, refetchOnWindowFocus: false, gcTime: 0 });
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const sign = useMutation({ mutationFn: () => signSignoff(token, name.trim()) });
  useDocumentTitle(say(T.pageTitle, lang));

  const gone = look.error ?? (sign.error instanceof ApiFailure && sign.error.status === 404 ? sign.error : undefined);
  if (gone) {
    const message = gone instanceof ApiFailure ? textIn(gone.error.message, lang) : String(gone);
    return (
      <div className="page signing">
        <h1>{say(T.cannot, lang)}</h1>
        <p role="alert" className="trajectory__problem">{message}</p>
      </div>
    );
  }
  if (!look.data) return <p className="app-loading">…</p>;
  const s = look.data;
  if (sign.data) {
    return (
      <div className="page signing">
        <h1>{textIn(s.signoff.title, lang)}</h1>
        <p className="signing__done" role="status">{say(T.thanks, lang, { name: sign.data.name, date: formatDate(sign.data.signedAt, lang) })}</p>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    sign.mutate();
  };
  const failure = sign.error instanceof ApiFailure ? textIn(sign.error.error.message, lang) : sign.error ? String(sign.error) : undefined;
  return (
    <div className="page signing">
      <h1>{textIn(s.signoff.title, lang)}</h1>
      <p className="lead">{s.requestedBy ? say(T.askedBy, lang, { who: s.requestedBy, school: s.school.name }) : say(T.askedBySchool, lang, { school: s.school.name })} {say(T.noAccount, lang)}</p>
      <What s={s} />
      <form onSubmit={submit} noValidate>
        <label className="kf-label" htmlFor="signing-name">{say(T.typeName, lang)}</label>
        <p className="kf-help" id="signing-name-help">{say(T.typeNameHint, lang)}</p>
        {missing && <p className="kf-error" id="signing-name-error">{say(T.nameMissing, lang)}</p>}
        <input id="signing-name" className="kf-input" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)}
          aria-describedby={missing ? 'signing-name-help signing-name-error' : 'signing-name-help'} aria-invalid={missing || undefined} />
        {failure && <p className="form-panel__problem" role="alert">{failure}</p>}
        <button type="submit" className="button" disabled={sign.isPending}>{say(T.sign, lang)}</button>
        <p className="kf-help">{say(T.validUntil, lang, { date: formatDate(s.expiresAt, lang) })}</p>
      </form>
    </div>
  );
}

/** What is signed, and for whom: the text of the sign-off and where it belongs. */
function What({ s }: { s: PublicSignoff }) {
  const { lang } = useLang();
  return (
    <section className="signing__what" aria-label={say(T.youSign, lang)}>
      {s.signoff.description && <p className="signing__description">{textIn(s.signoff.description, lang)}</p>}
      <dl>
        <dt>{say(T.trajectory, lang)}</dt><dd>{textIn(s.type.title, lang)} · {s.school.name}{s.label ? ` · ${s.label}` : ''}</dd>
        <dt>{say(T.step, lang)}</dt><dd>{textIn(s.step.title, lang)}{s.step.instructions && <span className="signing__step-text">{textIn(s.step.instructions, lang)}</span>}</dd>
        <dt>{say(T.forWhom, lang)}</dt><dd>{s.name} ({s.role}){s.signoff.signers ? ` · ${textIn(s.signoff.signers, lang)}` : ''}</dd>
      </dl>
    </section>
  );
}
