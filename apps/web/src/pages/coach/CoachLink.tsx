import { useLang } from '../../i18n/lang';
import { Link } from '../../router';
import { useSession } from '../../session/session';

/** The roles that see the schools overview (the server's COACH_ROLES; web imports the server only as types). */
export const COACH_ROLES: readonly string[] = ['procesbegeleider', 'casemanager'];

/** The header link to "Overzicht scholen", for procesbegeleiders, casemanagers and administrators only. */
export function CoachLink() {
  const { m } = useLang();
  const { me } = useSession();
  if (!me || !(me.user.isAdmin || me.memberships.some((ms) => COACH_ROLES.includes(ms.role)))) return null;
  return <Link to="/overzicht">{m('coachOverview')}</Link>;
}
