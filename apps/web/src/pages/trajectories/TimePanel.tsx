import { textIn } from '@koers/engine';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { timeText } from '../time/texts';
import { TimerIcon } from '../time/icons';
import './time.css';

/**
 * "Termijnen" on a trajectory page: the next due date of the current steps in the calendar's words ("voor de
 * herfstvakantie (za 17 oktober 2026)"), or once passed "Termijn verstreken: 24 dagen over tijd (…)", the timers that will fire ("⏱ Half jaar verstreken — 1 maart 2027 — gaat
 * naar Tussenevaluatie") and, for a school without a holiday region, that Koers assumes midden. The words come from
 * the server, in Europe/Amsterdam whatever the browser's zone.
 */
export function TimePanel({ time, done }: { time: TrajectoryView['time']; done: boolean }) {
  const { lang } = useLang();
  if (done && time.timers.length === 0) return null;
  const next = time.next;
  return (
    <section className="status time" aria-labelledby="time-title">
      <h2 id="time-title">{timeText('timeHeading', lang)}</h2>
      <dl className="status__facts">
        <div>
          <dt>{timeText(next?.overdue ? 'dueMissed' : 'nextDue', lang)}</dt>
          <dd className={next?.overdue ? 'status__late' : undefined}>
            {next ? (
              <>
                {next.overdue && <span aria-hidden="true">⚠ </span>}
                <time dateTime={next.dueAt}>{textIn(next.words, lang)}</time>
                <span className="time__steps">{next.steps.map((s) => textIn(s.title, lang)).join(', ')}</span>
              </>
            ) : timeText('noNextDue', lang)}
          </dd>
        </div>
      </dl>
      {time.timers.length > 0 && (
        <>
          <h3 className="status__title time__heading">{timeText('timers', lang)}</h3>
          <ul className="time__timers">
            {time.timers.map((t) => (
              <li key={`${t.event}-${t.dueAt}`}>
                <TimerIcon />{' '}
                <strong>{textIn(t.label, lang)}</strong>
                {' — '}<time dateTime={t.dueAt} title={textIn(t.words, lang)}>{textIn(t.date, lang)}</time>
                {' — '}{t.to.length > 0
                  ? timeText('goesTo', lang, { steps: t.to.map((s) => textIn(s.title, lang)).join(', ') })
                  : timeText('staysIn', lang, { step: textIn(t.step.title, lang) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {time.regionAssumed && <p className="time__note">{timeText('regionAssumed', lang)}</p>}
    </section>
  );
}
