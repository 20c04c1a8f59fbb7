import { navigate } from '../routes/location';
import { to } from '../routes/paths';
import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/client';
import { useLang } from '../i18n/lang';
import { useSession } from '../session/session';
import { useDocumentTitle } from './useDocumentTitle';
import './trajectories/trajectories.css';

/** "Inloggen": e-mail and password; afterwards on to "Mijn trajecten". */
export default function SignIn() {
  const { appText } = useLang();
  const { signIn } = useSession();
  useDocumentTitle(appText('signIn'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn(email, password);
      navigate(to.trajectories);
    } catch (error) {
      const status = error instanceof ApiFailure ? error.status : 0;
      setProblem(status === 429 ? appText('tooManyAttempts') : status === 401 || status === 400 || status === 422 ? appText('wrongPassword')
        : error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{appText('signIn')}</h1>
      <p className="lead">{appText('signInIntro')}</p>
      <form className="signin" onSubmit={submit} noValidate>
        {problem && <p className="signin__problem" role="alert" id="signin-problem">{problem}</p>}
        <label htmlFor="signin-email">{appText('email')}</label>
        <input id="signin-email" type="email" autoComplete="username" required value={email}
          aria-describedby={problem ? 'signin-problem' : undefined} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="signin-password">{appText('password')}</label>
        <input id="signin-password" type="password" autoComplete="current-password" required value={password}
          onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="button" disabled={busy}>{busy ? appText('signingIn') : appText('signIn')}</button>
      </form>
    </div>
  );
}
