import { useState } from 'react';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { timeText } from '../time/texts';
import { DueIcon, TimerIcon } from '../time/icons';
import type { SchoolRow } from './types';

/** How many items the list shows before "Toon alle". */
const FIRST = 6;

/**
 * "Komende 14 dagen" on the coach overview: the due dates of the shown schools' steps and the timers that will fire,
 * earliest first, each with its school (a link to the trajectory) and its words from the server ("Voortgangsgesprek
 * — over 10 dagen (ma 14 december)", Europe/Amsterdam whatever the browser's zone). Follows the table's filters.
 */
export function Upcoming({ rows, days }: { rows: readonly SchoolRow[]; days: number }) {
  const { lang } = useLang();
  const [all, setAll] = useState(false);
  const items = rows.flatMap((row) => row.upcoming.map((item, i) => ({ row, item, key: `${row.trajectoryId}-${i}` })))
    .sort((a, b) => a.item.dueAt.localeCompare(b.item.dueAt));
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="upcoming" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{timeText('upcoming', lang, { days })}</h2>
      {items.length === 0 ? <p className="upcoming__none">{timeText('upcomingNone', lang, { days })}</p> : (
        <>
          <p className="upcoming__intro">{timeText('upcomingIntro', lang)}</p>
          <ol className="upcoming__list">
            {shown.map(({ row, item, key }) => (
              <li key={key} className={`upcoming__item upcoming__item--${item.kind}`}>
                <Link to={to.trajectory(row.trajectoryId)} className="upcoming__school">{row.school.name}{row.label && ` · ${row.label}`}</Link>
                <span className="upcoming__what">
                  {item.kind === 'timer' ? <TimerIcon /> : <DueIcon />}{' '}
                  <span className="visually-hidden">{timeText(item.kind === 'timer' ? 'timerKind' : 'dueKind', lang)}: </span>
                  {textIn(item.label, lang)}
                  {' — '}<time dateTime={item.dueAt}>{textIn(item.words, lang)}</time>
                  {item.to && item.to.length > 0 && <span className="upcoming__to"> · {timeText('goesTo', lang, { steps: item.to.map((s) => textIn(s.title, lang)).join(', ') })}</span>}
                </span>
              </li>
            ))}
          </ol>
          {items.length > FIRST && (
            <button type="button" className="button button--secondary upcoming__more" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? timeText('showFewer', lang) : timeText('showAll', lang, { n: items.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
