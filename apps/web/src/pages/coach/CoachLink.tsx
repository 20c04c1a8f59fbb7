import { useLang } from '../../i18n/lang';
import { Link } from '../../router';
import { useSession } from '../../session/session';

/** The header link to "Overzicht scholen", for whom the server says may see it (procesbegeleiders, casemanagers, administrators). */
export function CoachLink() {
  const { m } = useLang();
  const { me } = useSession();
  if (!me?.can.overview) return null;
  return <Link to="/overzicht">{m('coachOverview')}</Link>;
}
