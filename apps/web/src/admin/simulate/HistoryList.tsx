import { useEffect, useRef } from 'react';
import { type Lang, leafPaths, textIn } from '@koers/engine';
import type { SimCommand, SimEntry, Simulation } from '../model/simulate';
import { formatClock } from '../model/simulate-clock';
import { dataSummary } from '../model/simulate-context';
import { roleTitle, stepTitle } from '../model/simulate-paths';
import { simText } from './texts';

/**
 * Every moment of the simulation, oldest first: when, what (started, an event and who sent it, a clock move),
 * where it led, the answers in short and the notices it would send; each earlier moment can be returned to.
 */
export function HistoryList({ sim, dispatch, lang }: { sim: Simulation; dispatch: (c: SimCommand) => Simulation; lang: Lang }) {
  const last = sim.entries.length - 1;
  const list = useRef<HTMLOListElement>(null);
  // The list scrolls on its own: keep the newest moment (where the simulation is) in view.
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last]);
  return (
    <section className="sim-panel sim-history" aria-labelledby="sim-history-title">
      <h3 id="sim-history-title">{simText('history', lang)}</h3>
      <ol className="sim-history__list" ref={list}>
        {sim.entries.map((entry, i) => {
          const what = whatHappened(sim, entry, lang);
          return (
            <li key={i} className="sim-moment" aria-current={i === last ? 'step' : undefined}>
              <p className="sim-moment__head">
                <time dateTime={entry.at}>{formatClock(entry.at, lang)}</time>
                <span className="sim-moment__what">{what}</span>
              </p>
              <MomentDetails sim={sim} entry={entry} lang={lang} />
              {i === last ? <p className="sim-moment__here">{simText('here', lang)}</p> : (
                <button type="button" className="sim-link" aria-label={simText('jumpBackLabel', lang, { n: i + 1, what })}
                  onClick={() => dispatch({ type: 'jump', index: i })}>
                  {simText('jumpBack', lang)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function whatHappened(sim: Simulation, entry: SimEntry, lang: Lang): string {
  const steps = leafPaths(entry.snapshot.value).map((p) => stepTitle(sim.compiled, p, lang)).join(' + ');
  if (entry.kind === 'start') return simText('started', lang, { steps });
  if (entry.kind === 'clock') return simText('clockMoved', lang);
  if (entry.kind === 'timer') return simText('timerFired', lang, { label: textIn(entry.label, lang) });
  if (entry.kind === 'reminder') {
    const roles = entry.roles.map((r) => roleTitle(sim.compiled, r, lang)).join(', ');
    return simText(entry.reminder === 'escalation' ? 'escalationTo' : 'reminderTo', lang, { roles });
  }
  return textIn(entry.label, lang);
}

function MomentDetails({ sim, entry, lang }: { sim: Simulation; entry: SimEntry; lang: Lang }) {
  if (entry.kind === 'reminder') return <ul className="sim-moment__details"><li>{textIn(entry.label, lang)}</li></ul>;
  if (entry.kind !== 'event' && entry.kind !== 'timer') return null;
  const roles = (list: string[]) => list.map((r) => roleTitle(sim.compiled, r, lang)).join(', ');
  const steps = entry.snapshot.status === 'done' ? simText('finished', lang)
    : simText('entered', lang, { steps: leafPaths(entry.snapshot.value).map((p) => stepTitle(sim.compiled, p, lang)).join(' + ') });
  const by = entry.kind === 'timer' || entry.system ? simText('bySystem', lang) : simText('by', lang, { roles: roles(entry.roles) });
  const skipped = entry.kind === 'timer' ? entry.skipped : undefined;
  return (
    <ul className="sim-moment__details">
      <li>{by} · {skipped ? simText('timerSkipped', lang, { reason: textIn(skipped, lang) }) : steps}</li>
      {entry.kind === 'event' && entry.data && <li className="sim-moment__data">{dataSummary(sim.compiled, entry.form, entry.data, lang)}</li>}
      {(entry.flags ?? []).map((flag, i) => (
        <li key={`flag-${i}`} className="sim-moment__flag"><span aria-hidden="true">⚠ </span>{simText('flagged', lang, { reason: textIn(flag.message, lang) })}</li>
      ))}
      {entry.effects.map((effect, i) => (
        <li key={i} className="sim-moment__effect">{simText('notified', lang, { roles: roles(effect.roles) })}: {textIn(effect.message, lang)}</li>
      ))}
    </ul>
  );
}
