import { useId } from 'react';
import { REGIONS, type Lang, type Region } from '@koers/engine';
import type { SimCommand, Simulation } from '../model/simulate';
import { CLOCK_MOVES, atLocalDate, formatClock, localDate } from '../model/simulate-clock';
import { DEFAULT_REGION, FAST_FORWARDS, REGION_NAMES, nextTimerAt } from '../model/simulate-time';
import { simText } from './texts';

/**
 * The simulated clock: the date it shows now, buttons to move it a day, a week or a month, a date picker, and
 * "Spoel vooruit" (a week, a month, three months, to the next timer) with the holiday region it counts in; every
 * move fires what becomes due on the way. It never goes back past the last thing that happened (going back is
 * "terug naar hier" in the history).
 */
export function ClockBar({ sim, dispatch, lang }: { sim: Simulation; dispatch: (c: SimCommand) => void; lang: Lang }) {
  const id = useId();
  const now = sim.entries[sim.entries.length - 1]!.at;
  const floor = [...sim.entries].reverse().find((e) => e.kind !== 'clock')!.at;
  const next = nextTimerAt(sim);
  const pick = (date: string) => {
    const to = atLocalDate(now, date);
    if (to) dispatch({ type: 'clock', to });
  };
  return (
    <fieldset className="sim-clock">
      <legend>{simText('clock', lang)}</legend>
      <output className="sim-clock__now" htmlFor={`${id}-date`} aria-live="polite">{formatClock(now, lang)}</output>
      <div className="sim-clock__moves" role="group" aria-label={simText('clockMoves', lang)}>
        {CLOCK_MOVES.map((move) => (
          <button key={move.by} type="button" className="button button--secondary sim-button"
            onClick={() => dispatch({ type: 'advance', by: move.by })}>
            {move.label[lang]}
          </button>
        ))}
      </div>
      <label className="sim-clock__pick" htmlFor={`${id}-date`}>
        <span>{simText('pickDate', lang)}</span>
        <input id={`${id}-date`} type="date" value={localDate(now)} min={localDate(floor)}
          onChange={(e) => e.target.value && pick(e.target.value)} />
      </label>
      <div className="sim-clock__moves" role="group" aria-label={simText('forward', lang)}>
        <span className="sim-clock__label">{simText('forward', lang)}:</span>
        {FAST_FORWARDS.map((move) => (
          <button key={move.by} type="button" className="button button--secondary sim-button" disabled={move.by === 'next' && next === undefined}
            title={move.by !== 'next' ? undefined : next !== undefined ? formatClock(next, lang) : simText('noTimer', lang)}
            onClick={() => dispatch({ type: 'forward', by: move.by })}>
            {move.label[lang]}
          </button>
        ))}
      </div>
      <label className="sim-clock__pick" htmlFor={`${id}-region`}>
        <span>{simText('region', lang)}</span>
        <select id={`${id}-region`} value={sim.region ?? DEFAULT_REGION} onChange={(e) => dispatch({ type: 'region', region: e.target.value as Region })}>
          {REGIONS.map((r) => <option key={r} value={r}>{REGION_NAMES[r][lang]}</option>)}
        </select>
      </label>
      <p className="sim-clock__start">{simText('startsAt', lang, { date: formatClock(sim.entries[0]!.at, lang) })}</p>
    </fieldset>
  );
}
