import { Link } from '@tanstack/react-router';
import { useLang } from '../i18n/lang';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound() {
  const { m } = useLang();
  useDocumentTitle(m('notFound'));
  return (
    <div className="page page--narrow">
      <h1>{m('notFound')}</h1>
      <p><Link to="/">{m('toHome')}</Link></p>
    </div>
  );
}
