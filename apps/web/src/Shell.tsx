import type { ReactNode } from 'react';
import type { Lang } from '@koers/engine';
import { useLang } from './i18n/lang';
import { AgendaLink } from './pages/AgendaLink';
import { CoachLink } from './pages/coach/CoachLink';
import { GroupsLink } from './pages/groups/GroupsLink';
import { InviteLink } from './pages/invitation/InviteLink';
import { Bell } from './notify/Bell';
import { Link } from './routes/Link';
import { to } from './routes/paths';
import { AdminLink } from './session/AdminLink';
import { UserMenu } from './session/UserMenu';

// Each language named in itself, so a reader who does not know the current one still finds theirs.
const LANGS: Array<{ lang: Lang; name: string }> = [
  { lang: 'nl', name: 'Nederlands' },
  { lang: 'en', name: 'English' },
];

function LanguageSwitch() {
  const { lang, setLang, appText } = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={appText('language')}>
      {LANGS.map((option) => (
        <button key={option.lang} type="button" lang={option.lang} aria-pressed={lang === option.lang}
          onClick={() => setLang(option.lang)}>
          {option.name}
        </button>
      ))}
    </div>
  );
}

/** The app shell (the layout around every page): skip link, header with the main menu, and the page in `<main>`. */
export function Shell({ children }: { children: ReactNode }) {
  const { appText } = useLang();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        // The hash is the router's; move the focus without touching it.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>{appText('skipToContent')}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={to.home} className="app-brand">
            <span className="app-brand__mark" aria-hidden="true">K</span>
            <span>{appText('appName')}</span>
          </Link>
          <nav aria-label={appText('mainNav')} className="app-nav">
            <Link to={to.trajectories}>{appText('myTrajectories')}</Link>
            <Link to={to.types}>{appText('typesTitle')}</Link>
            <Link to={to.forms()}>{appText('formsPreview')}</Link>
            <CoachLink />
            <GroupsLink />
            <AgendaLink />
            <InviteLink />
            <AdminLink />
          </nav>
          <Bell />
          <UserMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
