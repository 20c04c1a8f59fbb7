import { useLang } from '../i18n/lang';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useSession } from '../session/session';

const LABEL = { nl: 'Agenda', en: 'Calendar' } as const;

/** The header link to `#/agenda` (the reader's iCal feed), for everyone signed in: without it the page is unfindable. */
export function AgendaLink() {
  const { lang } = useLang();
  const { me } = useSession();
  if (!me) return null;
  return <Link to={to.agenda}>{LABEL[lang]}</Link>;
}
