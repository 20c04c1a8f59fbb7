import { Link } from '@tanstack/react-router';
import { useLang } from '../../i18n/lang';
import { EXACT } from '../../routes/exact';
import { useSession } from '../../session/session';

/** The header link to "Uitnodigen", for administrators and a school's schoolleider or directie only. */
export function InviteLink() {
  const { appText } = useLang();
  const { me } = useSession();
  if (!me?.can.invite) return null;
  return <Link to="/uitnodigen" activeOptions={EXACT}>{appText('inviteNav')}</Link>;
}
