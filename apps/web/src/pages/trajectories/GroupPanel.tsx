import { useQuery } from '@tanstack/react-query';
import { textIn } from '@koers/engine';
import type { Present, TrajectoryGroup } from '../../api/groups';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { fillText } from '../../i18n/messages';
import { groupTypeQuery } from '../../queries/groups';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';
import { keepsRule, ruleWords } from '../groups/attendance';
import { formatDate } from './format';

const T = {
  heading: { nl: 'Groep', en: 'Group' },
  meetings: { nl: 'Gedeelde bijeenkomsten', en: 'Shared meetings' },
  none: { nl: 'Nog geen gedeelde bijeenkomsten.', en: 'No shared meetings yet.' },
  present: { nl: 'Van deze school aanwezig', en: 'Present from this school' },
  nobody: { nl: 'Niemand van deze school aanwezig', en: 'Nobody from this school present' },
  breaks: { nl: 'Aanwezigheid voldoet niet aan de regel ({rule})', en: 'Attendance does not meet the rule ({rule})' },
  open: { nl: 'Naar de groepspagina', en: 'To the group page' },
};

/**
 * A member school's view of its group: the group's name, the shared meetings (recorded once for the whole group),
 * who of this school was at each, and a warning where that broke the meeting's attendance rule (the type's rule,
 * as the server checks it; the flag itself, with its acknowledgement, is in the flags panel).
 */
export function GroupPanel({ view }: { view: TrajectoryView }) {
  const { lang } = useLang();
  const { me } = useSession();
  // Not in the declared view until the groups routes are (issue 13, H1a): read it when the server gives it.
  const group = (view as TrajectoryView & { group?: TrajectoryGroup | null }).group;
  const type = useQuery({ ...groupTypeQuery(view.type.id), enabled: !!group });
  if (!group) return null;
  const roleTitle = (role: string) =>
    textIn(type.data?.roles.find((r) => r.key === role)?.title ?? view.roles.find((r) => r.id === role)?.title ?? { nl: role, en: role }, lang);
  const person = (p: Present) => `${p.name} (${p.roleTitle ? textIn(p.roleTitle, lang) : roleTitle(p.role)})`;
  const meetings = [...group.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <section className="trajectory__group" aria-labelledby="group-title">
      <h2 id="group-title">{textIn(T.heading, lang)}: {group.name}</h2>
      {(me?.user.isAdmin || me?.can.overview) && <p><Link to={to.group(group.id)}>{textIn(T.open, lang)}</Link></p>}
      <h3>{textIn(T.meetings, lang)}</h3>
      {meetings.length === 0 ? <p>{textIn(T.none, lang)}</p> : (
        <ul className="trajectory__group-meetings">
          {meetings.map((m, i) => {
            const rule = type.data?.kinds.find((k) => k.kind === m.kind)?.attendance;
            return (
              <li key={i}>
                <strong>{textIn(m.title, lang)}</strong>, {formatDate(`${m.heldOn}T12:00:00Z`, lang)}
                <div>{m.present.length === 0 ? textIn(T.nobody, lang) : `${textIn(T.present, lang)}: ${m.present.map(person).join(', ')}`}</div>
                {rule && !keepsRule(rule, m.present) && (
                  <p className="trajectory__group-breaks">
                    <span aria-hidden="true">⚠ </span>{fillText(textIn(T.breaks, lang), { rule: ruleWords(rule, roleTitle, lang) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
