import { Link, Outlet } from '@tanstack/react-router';
import type { Lang } from '@koers/engine';
import { useLang } from './i18n/lang';
import { CoachLink } from './pages/coach/CoachLink';
import { InviteLink } from './pages/invitation/InviteLink';
import { EXACT } from './routes/exact';
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

/** The app shell (the root route's layout): skip link, header with the main menu, and the page in `<main>`. */
export function Shell() {
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
          <Link to="/" className="app-brand" activeOptions={EXACT}>
            <span className="app-brand__mark" aria-hidden="true">K</span>
            <span>{appText('appName')}</span>
          </Link>
          <nav aria-label={appText('mainNav')} className="app-nav">
            <Link to="/trajecten" activeOptions={EXACT}>{appText('myTrajectories')}</Link>
            <Link to="/soorten" activeOptions={EXACT}>{appText('typesTitle')}</Link>
            <Link to="/formulieren/{-$id}" params={{ id: undefined }} activeOptions={EXACT}>{appText('formsPreview')}</Link>
            <CoachLink />
            <InviteLink />
          </nav>
          <UserMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
