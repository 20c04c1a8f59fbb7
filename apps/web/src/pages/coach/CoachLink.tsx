import { Link } from '../../routes/Link';
import { useLang } from '../../i18n/lang';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';

/** The header link to "Overzicht scholen", for whom the server says may see it (procesbegeleiders, casemanagers, administrators). */
export function CoachLink() {
  const { appText } = useLang();
  const { me } = useSession();
  if (!me?.can.overview) return null;
  return <Link to={to.overview()}>{appText('coachOverview')}</Link>;
}
