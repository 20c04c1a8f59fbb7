import type { ReactNode } from 'react';
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
import { LanguageSwitch } from './shell/LanguageSwitch';
import { useDisclosure } from './shell/useDisclosure';
import './shell/header.css';

/**
 * The app shell (the layout around every page): skip link, header and the page in `<main>`. The header is one row:
 * on a wide screen the menu, notifications, account and language side by side; on a phone the brand and a menu
 * button that opens all of them as a panel (a disclosure: Escape closes it and returns the focus).
 */
export function Shell({ children }: { children: ReactNode }) {
  const { appText } = useLang();
  const menu = useDisclosure();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        // The hash is the router's; move the focus without touching it.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>{appText('skipToContent')}</a>
      <header className="app-header">
        <div className="app-header__inner" ref={menu.rootRef}>
          <Link to={to.home} className="app-brand">
            <span className="app-brand__mark" aria-hidden="true">K</span>
            <span>{appText('appName')}</span>
          </Link>
          <button className="app-menu-button" {...menu.buttonProps}>
            <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
              <path d={menu.open ? 'M4 4l12 12M16 4L4 16' : 'M2 5h16M2 10h16M2 15h16'} fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span>{appText('menu')}</span>
          </button>
          <div className="app-menu" {...menu.panelProps}>
            <nav aria-label={appText('mainNav')} className="app-nav">
              <Link to={to.trajectories}>{appText('myTrajectories')}</Link>
              <Link to={to.types}>{appText('typesTitle')}</Link>
              <Link to={to.forms()}>{appText('formsNav')}</Link>
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
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
