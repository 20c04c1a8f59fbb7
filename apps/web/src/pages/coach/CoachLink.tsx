import { Link } from '@tanstack/react-router';
import { useLang } from '../../i18n/lang';
import { EXACT } from '../../routes/exact';
import { useSession } from '../../session/session';

/** The header link to "Overzicht scholen", for whom the server says may see it (procesbegeleiders, casemanagers, administrators). */
export function CoachLink() {
  const { appText } = useLang();
  const { me } = useSession();
  if (!me?.can.overview) return null;
  return <Link to="/overzicht/{-$typeId}" params={{ typeId: undefined }} activeOptions={EXACT}>{appText('coachOverview')}</Link>;
}
