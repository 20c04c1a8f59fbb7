import { textIn } from '@koers/engine';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';
import { roleTitleIn, useTypeRoles } from '../groups/roles';
import { formatDate } from './format';

const T = {
  meetings: { nl: 'Gedeelde bijeenkomsten', en: 'Shared meetings' },
  none: { nl: 'Nog geen gedeelde bijeenkomsten.', en: 'No shared meetings yet.' },
  present: { nl: 'Van deze school aanwezig', en: 'Present from this school' },
  nobody: { nl: 'Niemand van deze school aanwezig', en: 'Nobody from this school present' },
  breaks: { nl: 'Aanwezigheid voldoet niet aan de regel', en: 'Attendance does not meet the rule' },
  open: { nl: 'Naar de groepspagina', en: 'To the group page' },
};

/**
 * A member school's view of its group: the group's name, the shared meetings (recorded once for the whole group),
 * who of this school was at each, and a warning where that broke the meeting's attendance rule (the flag itself,
 * with its acknowledgement, is in the flags panel; here the facts).
 */
export function GroupPanel({ view }: { view: TrajectoryView }) {
  const { lang } = useLang();
  const { me } = useSession();
  const group = view.group;
  // Every role of the type (the view names only the reader's own), for the people present.
  const roles = useTypeRoles(group ? view.type.id : undefined);
  if (!group) return null;
  const roleTitle = roleTitleIn(roles.length > 0 ? roles : view.roles, lang);
  const meetings = [...group.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <section className="status time trajectory__group" aria-labelledby="group-title">
      <h2 id="group-title">{textIn(group.title, lang)}: {group.name}</h2>
      {(me?.user.isAdmin || me?.can.overview) && <p><Link to={to.group(group.id)}>{textIn(T.open, lang)}</Link></p>}
      <h3 className="time__heading">{textIn(T.meetings, lang)}</h3>
      {meetings.length === 0 ? <p>{textIn(T.none, lang)}</p> : (
        <ul className="trajectory__group-meetings">
          {meetings.map((m, i) => (
            <li key={i}>
              <strong>{textIn(m.title, lang)}</strong>, {formatDate(`${m.heldOn}T12:00:00Z`, lang)}
              <div>{m.present.length === 0 ? textIn(T.nobody, lang)
                : `${textIn(T.present, lang)}: ${m.present.map((p) => `${p.name} (${roleTitle(p.role)})`).join(', ')}`}</div>
              {!m.complete && (
                <p className="trajectory__group-breaks">
                  <span aria-hidden="true">⚠ </span>{textIn(T.breaks, lang)}{m.message ? `: ${textIn(m.message, lang)}` : ''}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
