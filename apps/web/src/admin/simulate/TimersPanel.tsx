import { type Lang, activeTimers, textIn, timeWords } from '@koers/engine';
import { type SimCommand, type Simulation, clockOf, snapshotOf } from '../model/simulate';
import { formatClock } from '../model/simulate-clock';
import { calendarOf, pending } from '../model/simulate-time';
import { simText } from './texts';

/**
 * The timers of the current steps, as choices beside what people can do: each with its moment in words and the
 * date it comes on (on the chosen region's calendar), and a button that fast-forwards the clock to it, firing it
 * and whatever comes before it.
 */
export function TimersPanel({ sim, dispatch, lang }: { sim: Simulation; dispatch: (c: SimCommand) => Simulation; lang: Lang }) {
  // A timer that fired and left the trajectory where it was (no target) does not come again.
  const open = new Set(pending(sim).flatMap((s) => (s.kind === 'event' ? [`${s.step}:${s.event}`] : [])));
  const timers = activeTimers(sim.compiled, snapshotOf(sim), { calendar: calendarOf(sim) })
    .filter((t) => t.dueAt === undefined || open.has(`${t.step}:${t.type}`));
  if (timers.length === 0) return null;
  const now = clockOf(sim);
  return (
    <section className="sim-panel sim-timers" aria-labelledby="sim-timers-title">
      <h3 id="sim-timers-title">{simText('timers', lang)}</h3>
      <p className="sim-help">{simText('timersHelp', lang)}</p>
      <ul className="sim-events__list">
        {timers.map((timer) => {
          const spec = sim.compiled.index.states.get(timer.step)?.config.meta?.timers?.[timer.type];
          const words = spec ? timeWords(spec, sim.compiled.definition.dates)[lang] : timer.type;
          const label = textIn(timer.label, lang);
          const to = timer.dueAt === undefined ? undefined : Date.parse(timer.dueAt) > Date.parse(now) ? timer.dueAt : now;
          return (
            <li key={`${timer.step}:${timer.type}`} className="sim-event">
              <span><span aria-hidden="true">◷ </span><strong>{label}</strong></span>{' '}
              <span>{to === undefined ? simText('timerUnknown', lang, { words }) : simText('timerAt', lang, { words, date: formatClock(to, lang) })}</span>
              {to !== undefined && (
                <button type="button" className="button button--secondary sim-button" aria-label={simText('timerGoLabel', lang, { label })}
                  onClick={() => dispatch({ type: 'clock', to })}>{simText('timerGo', lang)}</button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
