import type { Lang } from '@koers/engine';
import { type Simulation, snapshotOf } from '../model/simulate';
import { contextRows } from '../model/simulate-context';
import { simText } from './texts';

/** The simulated trajectory's budgets, counters, dates, variables and forms filled in, a line each. */
export function ContextPanel({ sim, lang }: { sim: Simulation; lang: Lang }) {
  const rows = contextRows(sim.compiled, snapshotOf(sim).context, lang);
  return (
    <section className="sim-panel sim-context" aria-labelledby="sim-context-title">
      <h3 id="sim-context-title">{simText('context', lang)}</h3>
      {rows.length === 0 ? <p>{simText('contextEmpty', lang)}</p> : (
        <dl className="sim-context__rows">
          {rows.map((row) => (
            <div key={row.id} className={`sim-context__row${row.over ? ' sim-context__row--over' : ''}`}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
