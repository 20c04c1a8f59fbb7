import { useLang } from '../i18n/lang';
import { navigate } from '../routes/location';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useDisclosure } from '../shell/useDisclosure';
import { useSession } from './session';

/**
 * The header's sign-in link, or the signed-in person's menu: a button with their name that opens settings, the
 * API reference (admins) and sign-out. On a phone the main menu already is a panel, so there the account's
 * links are listed in it without a second button. Failed attempts since the last sign-in show beside it.
 */
export function UserMenu() {
  const { appText, lang } = useLang();
  const { me, signOut } = useSession();
  const account = useDisclosure();
  if (me === undefined) return null;
  if (me === null) return <Link to={to.signIn} className="user-menu__link">{appText('signIn')}</Link>;
  return (
    <div className="user-menu" ref={account.rootRef}>
      {me.notice ? <span className="user-menu__notice" role="status">{me.notice.message[lang]}</span> : null}
      {/* The first name fits the header's one row; the whole name is the button's name (and starts with it). */}
      <button className="user-menu__toggle" aria-label={me.user.name} {...account.buttonProps}>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18"><circle cx="10" cy="6.5" r="3.5" fill="currentColor" /><path d="M3 18a7 7 0 0 1 14 0Z" fill="currentColor" /></svg>
        <span>{me.user.name.split(' ')[0]}</span>
        <svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12"><path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
      </button>
      <div className="user-menu__panel" {...account.panelProps}>
        <p className="user-menu__name">{appText('signedInAs', { name: me.user.name })}</p>
        <Link to={to.settings} className="user-menu__link">{appText('settings')}</Link>
        {/* A page of its own outside the app (GET /api/docs leads there), so a plain link. */}
        {me.user.isAdmin ? <a href="/api/docs" className="user-menu__link">{appText('apiReference')}</a> : null}
        <button type="button" className="user-menu__link" onClick={() => void signOut().finally(() => navigate(to.signIn))}>
          {appText('signOut')}
        </button>
      </div>
    </div>
  );
}
