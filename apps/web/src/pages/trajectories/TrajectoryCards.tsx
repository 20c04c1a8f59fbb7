import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { textIn } from '@koers/engine';
import type { TrajectoryListEntry } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { formatDate } from './format';
import { waitingLabel, waitingText } from './waiting';
import './trajectories.css';

/**
 * Trajectories as cards: the type (linked to the trajectory), the school, where it stands, when it is due, with
 * `showWaiting` who can act now ("Wacht op", the school page), a draft waiting ("concept klaar"), and what is
 * expected of the reader now: only the events the step waits for (those that can move it on, `expected`), not
 * optional side actions such as adding hours.
 */
export function TrajectoryCards({ entries, showSchool = true, showWaiting = false }: {
  entries: readonly TrajectoryListEntry[]; showSchool?: boolean; showWaiting?: boolean;
}) {
  const { appText, lang } = useLang();
  return (
    <ul className="trajectory-cards">
      {entries.map((s) => {
        const expected = s.events.filter((e) => e.expected);
        return (
        <li key={s.id} className={`trajectory-card${s.overdue ? ' is-overdue' : ''}`}>
          <h2><Link to={to.trajectory(s.id)}>{textIn(s.type.title, lang)}</Link>{s.label && <span className="trajectory-label"> · {s.label}</span>}</h2>
          {s.drafts.length > 0 && s.status !== 'done' && (
            <p className="badge badge--draft">
              {appText('draftReadyOf', { forms: s.drafts.map((f) => textIn(f.title, lang)).join(', ') })}
            </p>
          )}
          {showSchool && <p className="trajectory-card__school">{s.school.name}{s.subject === 'bestuur' && ` (${appText('bestuurWord')})`}</p>}
          <p><span className="trajectory-card__label">{appText('currentStep')}: </span>
            {s.status === 'done' ? appText('finished') : s.steps.map((step) => textIn(step.title, lang)).join(' + ')}</p>
          {showWaiting && s.status !== 'done' && (
            <p className="trajectory-card__waiting"><span className="trajectory-card__label">{waitingLabel(lang)}: </span>{waitingText(s.waitingFor, lang)}</p>
          )}
          {s.dueAt && s.status !== 'done' && (
            <p className={s.overdue ? 'badge badge--overdue' : 'badge'}>
              {s.overdue ? appText('overdueSince', { date: formatDate(s.dueAt, lang) }) : appText('dueOn', { date: formatDate(s.dueAt, lang) })}
            </p>
          )}
          <div>
            <span className="trajectory-card__label">{appText('expectedOfYou')}: </span>
            {expected.length === 0 ? appText('nothingExpected') : (
              <ul className="trajectory-card__events">
                {expected.map((e) => <li key={e.type}>{textIn(e.label, lang)}{e.blocked && <span className="trajectory-card__later"> ({appText('notYet')})</span>}</li>)}
              </ul>
            )}
          </div>
        </li>
        );
      })}
    </ul>
  );
}
