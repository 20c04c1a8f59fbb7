import { Suspense } from 'react';
import type { Lang } from '@koers/engine';
import { LangProvider, useLang } from './i18n/lang';
import { Link, Router } from './router';
import { routes } from './routes';
import { NotFound } from './pages/NotFound';
import { CoachLink } from './pages/coach/CoachLink';
import { InviteLink } from './pages/invitation/InviteLink';
import { SessionProvider } from './session/session';
import { UserMenu } from './session/UserMenu';

// Each language named in itself, so a reader who does not know the current one still finds theirs.
const LANGS: Array<{ lang: Lang; name: string }> = [
  { lang: 'nl', name: 'Nederlands' },
  { lang: 'en', name: 'English' },
];

function LanguageSwitch() {
  const { lang, setLang, m } = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={m('language')}>
      {LANGS.map((option) => (
        <button key={option.lang} type="button" lang={option.lang} aria-pressed={lang === option.lang}
          onClick={() => setLang(option.lang)}>
          {option.name}
        </button>
      ))}
    </div>
  );
}

function Shell() {
  const { m } = useLang();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        // The hash is our router's; move the focus without touching it.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>{m('skipToContent')}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-brand">
            <span className="app-brand__mark" aria-hidden="true">K</span>
            <span>{m('appName')}</span>
          </Link>
          <nav aria-label={m('mainNav')} className="app-nav">
            <Link to="/trajecten">{m('myTrajectories')}</Link>
            <Link to="/soorten">{m('typesTitle')}</Link>
            <Link to="/formulieren">{m('formsPreview')}</Link>
            <CoachLink />
            <InviteLink />
          </nav>
          <UserMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="app-loading">{m('loading')}</p>}>
          <Router routes={routes} notFound={NotFound} />
        </Suspense>
      </main>
    </>
  );
}

export function App() {
  return (
    <LangProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </LangProvider>
  );
}
