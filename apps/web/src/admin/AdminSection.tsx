import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useLang } from '../i18n/lang';
import { useDocumentTitle } from '../pages/useDocumentTitle';
import { RequireSignIn } from '../pages/trajectories/RequireSignIn';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useSession } from '../session/session';
import { SECTION_TEXT } from './section-text';
import './admin.css';

/**
 * The admin section (`#/beheer/...`): signed in, administrators only. Everyone else gets a page that says so and
 * what to do, never a blank; the server refuses them on every admin route anyway (403).
 */
export default function AdminSection({ children }: { children: ReactNode }) {
  return <RequireSignIn><AdminsOnly>{children}</AdminsOnly></RequireSignIn>;
}

function AdminsOnly({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  const { me } = useSession();
  if (!me?.user.isAdmin) return <NotForYou />;
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={SECTION_TEXT.nav[lang]}>
        <span className="admin-nav__title">{SECTION_TEXT.admin[lang]}</span>
        <Link to={to.adminTypes}>{SECTION_TEXT.types[lang]}</Link>
        <Link to={to.adminOrganisations}>{SECTION_TEXT.people[lang]}</Link>
        <Link to={to.adminMail}>{SECTION_TEXT.mail[lang]}</Link>
        {/* A page of its own outside the app, so a plain link. */}
        <a href="/api/docs">{SECTION_TEXT.apiDocs[lang]}</a>
      </nav>
      {children}
    </div>
  );
}

/** For a signed-in person who is not an administrator. */
function NotForYou() {
  const { lang } = useLang();
  useDocumentTitle(SECTION_TEXT.forbiddenTitle[lang]);
  return (
    <div className="page page--narrow admin-forbidden">
      <h1>{SECTION_TEXT.forbiddenTitle[lang]}</h1>
      <p>{SECTION_TEXT.forbiddenText[lang]}</p>
      <p>{SECTION_TEXT.forbiddenWhat[lang]}</p>
      <p className="home__links">
        <Link to={to.trajectories} className="button">{SECTION_TEXT.toTrajectories[lang]}</Link>{' '}
        <Link to={to.types} className="button button--secondary">{SECTION_TEXT.toTypes[lang]}</Link>
      </p>
    </div>
  );
}

/** `#/beheer` alone: the types overview is the admin's starting point. */
export function AdminStart() {
  return <Redirect to={`~${to.adminTypes}`} replace />;
}
