import type { EditorProps, StatePath } from '../model/bundle';
import { getIn, stateAt } from '../model/edit';
import { isTimerOnly } from '../model/timers';
import { eventNames } from '../model/transitions';
import { EventCard } from './event-card';
import { EventAdd, siblingTarget } from './event-add';
import { BranchList } from './transition-branches';
import { stepPointer } from './transition-context';
import { ProblemList } from './transition-fields';
import { tt } from './transition-text';
import './transitions.css';

/**
 * The transitions of one step: its events (who may do what, with which form, and where it leads), its automatic
 * choices (`always`) and, for a compound or parallel step, what follows when it is done (`onDone`). Every edit
 * replaces only what it changes in the definition.
 */
export function TransitionsEditor(props: EditorProps & { path: StatePath }) {
  const { bundle, path, lang } = props;
  const state = stateAt(bundle, path);
  if (!state) return null;
  // Timers (events only the system sends) are edited in the step's "Tijd" section.
  const events = eventNames(state).filter((name) => !isTimerOnly(state, name));
  const kind = typeof state.type === 'string' ? state.type : undefined;
  const compound = kind === 'parallel' || (typeof state.states === 'object' && state.states !== null && Object.keys(state.states).length > 0);
  const final = kind === 'final' || kind === 'history';
  const hasAlways = getIn(state, ['always']) !== undefined;
  const hasDone = getIn(state, ['onDone']) !== undefined;
  const base = stepPointer(path);
  const onProblems = props.problems.filter((p) => p.file === 'definition' && p.pointer === `${base}/on`);

  return (
    <div className="tr-editor">
      <section className="tr-section" aria-labelledby={`tr-events-${path.join('-')}`}>
        <h3 id={`tr-events-${path.join('-')}`}>{tt('events', lang)}</h3>
        <p className="tr-help">{tt('eventsHelp', lang)}</p>
        <ProblemList problems={onProblems} lang={lang} />
        {events.length === 0 && <p>{tt('noEvents', lang)}</p>}
        {events.map((name) => <EventCard key={`${props.path.join('.')}/${name}`} ctx={props} name={name} />)}
        {!final && <EventAdd ctx={props} />}
      </section>
      {(hasAlways || !final) && (
        <section className="tr-section" aria-labelledby={`tr-always-${path.join('-')}`}>
          <h3 id={`tr-always-${path.join('-')}`}>{tt('always', lang)}</h3>
          <p className="tr-help">{tt('alwaysHelp', lang)}</p>
          <BranchList ctx={props} source={{ kind: 'always' }} eventForm={undefined} addLabel={tt('addAlways', lang)} level={4} newBranch={() => ({ ...siblingTarget(props), guard: { type: 'condition', params: { expr: true } } })} />
        </section>
      )}
      {(hasDone || compound) && (
        <section className="tr-section" aria-labelledby={`tr-done-${path.join('-')}`}>
          <h3 id={`tr-done-${path.join('-')}`}>{tt('onDone', lang)}</h3>
          <p className="tr-help">{tt('onDoneHelp', lang)}</p>
          <BranchList ctx={props} source={{ kind: 'done' }} eventForm={undefined} addLabel={tt('addOnDone', lang)} level={4} newBranch={() => siblingTarget(props)} />
        </section>
      )}
    </div>
  );
}
