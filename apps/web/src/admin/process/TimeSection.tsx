import type { EditorProps, StatePath } from '../model/bundle';
import { stateAt } from '../model/edit';
import { addTimer, timerNames } from '../model/timers';
import { eventNames } from '../model/transitions';
import { DeadlineField } from './deadline-field';
import { AddByName, siblingTarget } from './event-add';
import { RemindersField } from './reminders-field';
import { TimerCard } from './timer-card';
import { timeText } from './time-texts';
import './time.css';

/**
 * A step's "Tijd" section: its timers (events the system sends at a moment, each with where it leads), a due
 * moment instead of an expected duration, and the reminders around it.
 */
export function TimeSection(props: EditorProps & { path: StatePath }) {
  const { bundle, path, lang } = props;
  const state = stateAt(bundle, path);
  const timers = timerNames(state);
  const headingId = `time-${path.join('-')}`;
  return (
    <section className="tr-section time-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{timeText('heading', lang)}</h3>
      <p className="tr-help">{timeText('help', lang)}</p>
      <h4>{timeText('timers', lang)}</h4>
      <p className="tr-help">{timeText('timersHelp', lang)}</p>
      {timers.length === 0 && <p>{timeText('noTimers', lang)}</p>}
      {timers.map((name) => <TimerCard key={`${path.join('.')}/${name}`} ctx={props} name={name} />)}
      <TimerAdd {...props} />
      <DeadlineField {...props} />
      <RemindersField {...props} />
    </section>
  );
}

/** Adds a timer: its name for people, the technical event name following it; one month, to the next step. */
function TimerAdd(props: EditorProps & { path: StatePath }) {
  const { bundle, path, lang, onChange } = props;
  const state = stateAt(bundle, path);
  const add = (name: string, label: string) =>
    onChange(addTimer(bundle, path, name, { nl: label || name, en: label || name }, siblingTarget(props).target as string | undefined));
  return <AddByName taken={[...eventNames(state), ...timerNames(state)]} label={timeText('newTimer', lang)} button={timeText('addTimer', lang)} lang={lang} onAdd={add} />;
}
