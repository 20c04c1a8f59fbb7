import { Link } from '@tanstack/react-router';
import { useLang } from '../i18n/lang';
import { useDocumentTitle } from './useDocumentTitle';

export function Home() {
  const { appText } = useLang();
  useDocumentTitle(appText('tagline'));
  return (
    <div className="page page--narrow">
      <h1>{appText('tagline')}</h1>
      <p className="lead">{appText('homeIntro')}</p>
      <p className="home__links">
        <Link to="/trajecten" className="button">{appText('myTrajectories')}</Link>{' '}
        <Link to="/soorten" className="button button--secondary">{appText('typesTitle')}</Link>{' '}
        <Link to="/formulieren/{-$id}" params={{ id: undefined }} className="button button--secondary">{appText('formsPreview')}</Link>
      </p>
    </div>
  );
}
