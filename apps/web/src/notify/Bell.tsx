import { useQuery } from '@tanstack/react-query';
import { useLang } from '../i18n/lang';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useSession } from '../session/session';
import { inboxCountQuery } from './api';
import { NOTIFY_TEXT } from './text';
import './notify.css';

/**
 * The header's bell: a link to the inbox named "Meldingen (3 ongelezen)" for screen readers, a bell with the
 * unread count for the eye; signed-in people only.
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
  // What the eye reads is the link's name too ("Meldingen (3 ongelezen)"): no hidden words, which would not
  // join the visible ones without a space in every browser.
  return (
    <Link to={to.inbox} className="bell">
      <svg className="bell__icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span>
        {unread > 0 ? NOTIFY_TEXT.bellUnread[lang].split(/(\{n\})/).map((part, i) =>
          part === '{n}' ? <span key={i} className="bell__count">{unread}</span> : part) : NOTIFY_TEXT.bell[lang]}
      </span>
    </Link>
  );
}
