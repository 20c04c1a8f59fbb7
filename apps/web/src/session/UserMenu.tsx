import { useLang } from '../i18n/lang';
import { navigate } from '../routes/location';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useSession } from './session';

/** The header's sign-in link, or the signed-in name with a sign-out button (and failed attempts since the last sign-in, if any). */
export function UserMenu() {
  const { appText, lang } = useLang();
  const { me, signOut } = useSession();
  if (me === undefined) return null;
  if (me === null) return <Link to={to.signIn} className="user-menu__link">{appText('signIn')}</Link>;
  return (
    <div className="user-menu">
      {me.notice ? <span className="user-menu__notice" role="status">{me.notice.message[lang]}</span> : null}
      <span className="user-menu__name">{appText('signedInAs', { name: me.user.name })}</span>
      {/* A page of its own outside the app (GET /api/docs leads there), so a plain link. */}
      {me.user.isAdmin ? <a href="/api/docs" className="user-menu__link">{appText('apiReference')}</a> : null}
      <Link to={to.settings} className="user-menu__link">{appText('settings')}</Link>
      <button type="button" className="user-menu__button" onClick={() => void signOut().finally(() => navigate(to.signIn))}>
        {appText('signOut')}
      </button>
    </div>
  );
}
