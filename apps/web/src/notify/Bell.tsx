import { useQuery } from '@tanstack/react-query';
import { useLang } from '../i18n/lang';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useSession } from '../session/session';
import { inboxCountQuery } from './api';
import { NOTIFY_TEXT } from './text';
import './notify.css';

/**
 * The header's bell: a link to the inbox named "Meldingen: 3 ongelezen", which a wide header shows as a bell with
 * the unread count and a phone's menu panel spells out; signed-in people only.
 */
export function Bell() {
  const { me } = useSession();
  if (!me) return null;
  return <SignedInBell />;
}

function SignedInBell() {
  const { lang } = useLang();
  const { data } = useQuery(inboxCountQuery);
  const unread = data?.unread ?? 0;
  // The name is the sentence "Meldingen: 3 ongelezen"; a wide header shows only the bell and the count (the other
  // words are hidden from the eye, not from the ear), a phone's menu panel shows all of it.
  const [before, after] = NOTIFY_TEXT.bellUnread[lang].split('{n}') as [string, string];
  return (
    <Link to={to.inbox} className="bell">
      <svg className="bell__icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0
        ? <span><span className="visually-hidden bell__word">{before}</span><span className="bell__count">{unread}</span><span className="visually-hidden bell__word">{after}</span></span>
        : <span className="visually-hidden bell__word">{NOTIFY_TEXT.bell[lang]}</span>}
    </Link>
  );
}
