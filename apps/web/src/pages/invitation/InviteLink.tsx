import { Link } from '../../routes/Link';
import { useLang } from '../../i18n/lang';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';

/** The header link to "Uitnodigen", for administrators and a school's schoolleider or directie only. */
export function InviteLink() {
  const { appText } = useLang();
  const { me } = useSession();
  if (!me?.can.invite) return null;
  return <Link to={to.invite}>{appText('inviteNav')}</Link>;
}
