import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useLang } from '../i18n/lang';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound() {
  const { appText } = useLang();
  useDocumentTitle(appText('notFound'));
  return (
    <div className="page page--narrow">
      <h1>{appText('notFound')}</h1>
      <p><Link to={to.home}>{appText('toHome')}</Link></p>
    </div>
  );
}
