import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { formatDate } from '../trajectories/format';
import type { SignoffEntry } from './api';
import { SIGNOFF_TEXT as T, say } from './texts';

/** When and how a sign-off was signed, or where it stands: "getekend op papier, 1 mrt 2025". */
export function signoffState(s: SignoffEntry, lang: 'nl' | 'en'): string {
  const status = say(T.status[s.status], lang);
  if (s.status !== 'signed') return status;
  const when = s.signedOn ? formatDate(`${s.signedOn}T12:00:00Z`, lang) : s.signedAt ? formatDate(s.signedAt, lang) : '';
  return `${status} ${say(s.method === 'paper' ? T.viaPaper : T.viaLink, lang)}, ${when}`;
}

/** The sign-offs of one key (or of the whole trajectory, with titles), each with its state and, if allowed, "Intrekken". */
export function SignoffList({ entries, onRevoke, busy, withTitles = false }: {
  entries: SignoffEntry[]; onRevoke?: (id: string) => void; busy?: boolean; withTitles?: boolean;
}) {
  const { lang } = useLang();
  return (
    <ul className="signoff__list">
      {entries.map((s) => (
        <li key={s.id} className={`signoff__item signoff__item--${s.status}`}>
          {withTitles && <strong>{textIn(s.title, lang)}: </strong>}
          <span>{say(T.by, lang, { name: s.name, role: s.role })}</span>
          {s.email && <span className="signoff__email"> · {s.email}</span>}
          <span className="signoff__state"> · {signoffState(s, lang)}</span>
          {onRevoke && s.mayRevoke && (
            <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => onRevoke(s.id)}>
              {say(T.revoke, lang)}<span className="kf-sr-only"> {s.name}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
