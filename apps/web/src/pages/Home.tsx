import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useLang } from '../i18n/lang';
import { AdminHome } from '../session/AdminLink';
import { useDocumentTitle } from './useDocumentTitle';

export function Home() {
  const { appText } = useLang();
  useDocumentTitle(appText('tagline'));
  return (
    <div className="page page--narrow">
      <h1>{appText('tagline')}</h1>
      <p className="lead">{appText('homeIntro')}</p>
      <AdminHome />
      <p className="home__links">
        <Link to={to.trajectories} className="button">{appText('myTrajectories')}</Link>{' '}
        <Link to={to.types} className="button button--secondary">{appText('typesTitle')}</Link>{' '}
        <Link to={to.forms()} className="button button--secondary">{appText('formsPreview')}</Link>
      </p>
    </div>
  );
}
