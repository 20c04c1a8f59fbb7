import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';

const GROUPS = { nl: 'Groepen', en: 'Groups' };

/** The header link to the groups, for those who may lead them: administrators and coaches (procesbegeleiders). */
export function GroupsLink() {
  const { lang } = useLang();
  const { me } = useSession();
  if (!me?.user.isAdmin && !me?.can.overview) return null;
  return <Link to={to.groups()}>{textIn(GROUPS, lang)}</Link>;
}
