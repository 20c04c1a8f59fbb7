import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useLang } from '../i18n/lang';

/** A page for something that is not there (or not for this reader), or that failed to load: what, and a way back. */
export function Missing({ title, text, failure }: { title: string; text: string; failure?: string | undefined }) {
  const { appText } = useLang();
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      {failure !== undefined ? <p role="alert">{failure}</p> : <p>{text}</p>}
      <p><Link to={to.trajectories}>{appText('back')}</Link></p>
    </div>
  );
}
