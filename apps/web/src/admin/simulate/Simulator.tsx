import { useCallback, useEffect, useRef, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { CompiledDefinition, Lang } from '@koers/engine';
import type { Bundle, Selection } from '../model/bundle';
import { type SimCommand, type Simulation, clockOf, viewOf } from '../model/simulate';
import { keepSimulation, keptDrafts, resumeSimulation, simulationLogic } from './simulation-actor';
import { ClockBar } from './ClockBar';
import { SimDiagram } from './SimDiagram';
import { RolePicker } from './RolePicker';
import { CurrentSteps } from './CurrentSteps';
import { EventsPanel } from './EventsPanel';
import { RefusalPanel } from './RefusalPanel';
import { ContextPanel } from './ContextPanel';
import { HistoryList } from './HistoryList';
import { TimersPanel } from './TimersPanel';
import { PathsPanel } from './PathsPanel';
import { SimGroupPanel } from './GroupPanel';
import { simText } from './texts';

/**
 * The simulator of a lint-clean draft: an actor (the engine as its logic) resumed from where the admin left it,
 * played onto every new version of the draft; the clock, the roles, where it stands with what can be done, the
 * diagram with its place, the context, the history and all paths.
 */
export function Simulator({ bundle, compiled, onSelect, lang }: {
  bundle: Bundle; compiled: CompiledDefinition; onSelect: (s: Selection) => void; lang: Lang;
}) {
  const [input] = useState(() => {
    const resumed = resumeSimulation(compiled);
    keepSimulation(resumed);
    return resumed;
  });
  const actor = useActorRef(simulationLogic, { input });
  const sim = useSelector(actor, (snapshot) => snapshot.context);
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => keepSimulation(snapshot.context));
    return () => subscription.unsubscribe();
  }, [actor]);
  // A new compiled draft (the admin edited it): play the simulation onto it; unchanged outcomes stay silent.
  useEffect(() => {
    actor.send({ type: 'rebase', compiled });
  }, [actor, compiled]);
  const dispatch = useCallback((command: SimCommand): Simulation => {
    actor.send(command);
    return actor.getSnapshot().context;
  }, [actor]);
  // A button that took the keyboard's focus can vanish with what it did (a sent form, "terug naar hier" on the
  // moment that is now the last): then focus goes to where the trajectory stands, not to the top of the page.
  const shown = useRef(sim);
  useEffect(() => {
    if (shown.current !== sim && (document.activeElement === document.body || document.activeElement === null)) {
      document.getElementById('sim-steps-title')?.focus();
    }
    shown.current = sim;
  }, [sim]);
  const drafts = keptDrafts(compiled.definition.id);
  const view = viewOf(sim);

  return (
    <div className="sim">
      <div className="sim__bar">
        <ClockBar sim={sim} dispatch={dispatch} lang={lang} />
        <RolePicker sim={sim} dispatch={dispatch} lang={lang} />
        <div className="sim__reset">
          <button type="button" className="button button--secondary sim-button" onClick={() => dispatch({ type: 'reset' })}>{simText('reset', lang)}</button>
        </div>
      </div>
      <RefusalPanel sim={sim} dispatch={dispatch} lang={lang} />
      <div className="sim__main">
        <div className="sim__play">
          <CurrentSteps compiled={sim.compiled} steps={view.steps} done={view.done} now={clockOf(sim)}
            filled={view.snapshot.context.forms} lang={lang} />
          <EventsPanel sim={sim} dispatch={dispatch} drafts={drafts} lang={lang} />
          <TimersPanel sim={sim} dispatch={dispatch} lang={lang} />
          <SimGroupPanel sim={sim} dispatch={dispatch} lang={lang} />
          <HistoryList sim={sim} dispatch={dispatch} lang={lang} />
        </div>
        <div className="sim__see">
          <SimDiagram compiled={sim.compiled} current={view.steps.map((s) => s.path)} onSelect={onSelect} lang={lang} />
          <ContextPanel sim={sim} lang={lang} />
        </div>
      </div>
      <PathsPanel bundle={bundle} sim={sim} dispatch={dispatch} lang={lang} />
    </div>
  );
}
