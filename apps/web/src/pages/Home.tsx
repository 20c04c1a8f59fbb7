import { Link } from '@tanstack/react-router';
import { useLang } from '../i18n/lang';
import { useDocumentTitle } from './useDocumentTitle';

export function Home() {
  const { m } = useLang();
  useDocumentTitle(m('tagline'));
  return (
    <div className="page page--narrow">
      <h1>{m('tagline')}</h1>
      <p className="lead">{m('homeIntro')}</p>
      <p className="home__links">
        <Link to="/trajecten" className="button">{m('myTrajectories')}</Link>{' '}
        <Link to="/soorten" className="button button--secondary">{m('typesTitle')}</Link>{' '}
        <Link to="/formulieren/{-$id}" params={{ id: undefined }} className="button button--secondary">{m('formsPreview')}</Link>
      </p>
    </div>
  );
}
