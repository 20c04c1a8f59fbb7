import { useEffect, useRef, useState } from 'react';
import { type CompiledDefinition, type Lang, type TrajectoryPath, textIn } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import type { SimCommand, Simulation } from '../model/simulate';
import { blockerText, pathsSummary, replayPath, roleTitle, stepTitle, timerWordsOf } from '../model/simulate-paths';
import { type PathsOutcome, lastPaths, walkPaths } from './paths-runner';
import { simText } from './texts';

/**
 * "Loop alle paden": the engine's simple paths of the draft (what `koers paths` prints), walked in a worker,
 * each with its steps, who sends what, where it ends and, for a stuck path, why; a path plays into the simulator.
 */
export function PathsPanel({ bundle, sim, dispatch, lang }: {
  bundle: Bundle; sim: Simulation; dispatch: (c: SimCommand) => Simulation; lang: Lang;
}) {
  const [outcome, setOutcome] = useState<PathsOutcome | undefined>(lastPaths);
  const [running, setRunning] = useState(false);
  const job = useRef<{ cancel: () => void } | undefined>(undefined);
  useEffect(() => () => job.current?.cancel(), []);
  const run = () => {
    job.current?.cancel();
    setRunning(true);
    job.current = walkPaths(bundle, (result) => {
      setOutcome(result);
      setRunning(false);
    });
  };
  const paths = outcome && 'paths' in outcome ? outcome.paths : undefined;
  return (
    <section className="sim-panel sim-paths" aria-labelledby="sim-paths-title">
      <h3 id="sim-paths-title">{simText('paths', lang)}</h3>
      <p>{simText('pathsIntro', lang)}</p>
      <button type="button" className="button sim-button" onClick={run} disabled={running}>{simText('runPaths', lang)}</button>
      <p role="status" className="sim-paths__status">
        {running ? simText('running', lang)
          : outcome && 'error' in outcome ? simText('pathsFailed', lang, { error: outcome.error })
            : paths ? pathsSummary(paths, lang) : ''}
      </p>
      {paths && outcome!.bundle !== bundle && !running && <p className="sim-paths__stale">{simText('pathsStale', lang)}</p>}
      {paths && (
        <ol className="sim-paths__list">
          {paths.map((path, i) => (
            <PathItem key={i} n={i + 1} path={path} compiled={sim.compiled} lang={lang}
              onReplay={() => dispatch({ type: 'load', simulation: replayPath(sim.compiled, path, sim.roles) })} />
          ))}
        </ol>
      )}
    </section>
  );
}

function PathItem({ n, path, compiled, lang, onReplay }: {
  n: number; path: TrajectoryPath; compiled: CompiledDefinition; lang: Lang; onReplay: () => void;
}) {
  const titles = (steps: readonly string[]) => steps.map((s) => stepTitle(compiled, s, lang)).join(' + ');
  const start = path.steps[0]?.from ?? path.end;
  return (
    <li className={`sim-path${path.done ? '' : ' sim-path--stuck'}`}>
      <details>
        <summary>
          {simText('path', lang, { n })} · {simText(path.done ? 'pathDone' : 'pathStuck', lang, { steps: titles(path.end) })} · {simText('pathActions', lang, { count: path.steps.length })}
        </summary>
        <p className="sim-path__start">{simText('started', lang, { steps: titles(start) })}</p>
        <ol className="sim-path__moves">
          {path.steps.map((step, i) => (
            <li key={i}>
              {step.system && <span aria-hidden="true">◷ </span>}
              <strong>{textIn(step.label, lang)}</strong>
              {step.system && ` (${timerWordsOf(compiled, step.from, step.event, lang) ?? ''})`}
              {' '}{simText('by', lang, { roles: roleTitle(compiled, step.role, lang) })} → {titles(step.to)}
              {step.passed && <span className="sim-path__passed"> ({simText('passedThrough', lang, { steps: titles(step.passed) })})</span>}
            </li>
          ))}
        </ol>
        {!path.done && (
          <div className="sim-path__stuck">
            <p>{simText('stuckIn', lang, { steps: titles(path.end) })}</p>
            <ul>
              {(path.blocked ?? []).length === 0 ? <li>{simText('nothingPossible', lang)}</li>
                : path.blocked!.map((b, i) => <li key={i}>{blockerText(b, lang)}</li>)}
            </ul>
          </div>
        )}
        <button type="button" className="button button--secondary sim-button" onClick={onReplay}>{simText('replay', lang, { n })}</button>
      </details>
    </li>
  );
}
