import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import type { ReactNode } from 'react';
import { useLang } from '../../i18n/lang';
import { useSession } from '../../session/session';

/** Shows its children to a signed-in user; otherwise a link to the sign-in page. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { appText } = useLang();
  const { me } = useSession();
  if (me === undefined) return <p className="app-loading">{appText('loading')}</p>;
  if (me === null) {
    return (
      <div className="page page--narrow">
        <h1>{appText('signIn')}</h1>
        <p>{appText('needSignIn')}</p>
        <p><Link to={to.signIn} className="button">{appText('signIn')}</Link></p>
      </div>
    );
  }
  return <>{children}</>;
}
