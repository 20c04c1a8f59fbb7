import { Link } from '@tanstack/react-router';
import { useLang } from '../i18n/lang';
import { EXACT } from '../routes/exact';

/** A page for something that is not there (or not for this reader), or that failed to load: what, and a way back. */
export function Missing({ title, text, failure }: { title: string; text: string; failure?: string | undefined }) {
  const { appText } = useLang();
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      {failure !== undefined ? <p role="alert">{failure}</p> : <p>{text}</p>}
      <p><Link to="/trajecten" activeOptions={EXACT}>{appText('back')}</Link></p>
    </div>
  );
}
