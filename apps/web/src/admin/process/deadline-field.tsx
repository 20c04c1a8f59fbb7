import { ANCHORS, durationText, type JsonObject } from '@koers/engine';
import type { EditorProps, StatePath } from '../model/bundle';
import { getIn, setInState, stateAt } from '../model/edit';
import { writeTime } from '../model/time-spec';
import { MomentPicker } from './MomentPicker';
import { problemsUnder, stepPointer } from './transition-context';
import { ProblemList } from './transition-fields';
import { timeText } from './time-texts';

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The step's due moment (`meta.deadline`), an alternative to its expected duration: setting it removes the
 * duration (the format allows one of the two), with the same moment picker as a timer.
 */
export function DeadlineField({ bundle, path, lang, onChange, problems }: EditorProps & { path: StatePath }) {
  const state = stateAt(bundle, path);
  const deadline = getIn(state, ['meta', 'deadline']);
  const duration = getIn(state, ['meta', 'expectedDuration']);
  const pointer = `${stepPointer(path)}/meta/deadline`;
  return (
    <div className="time-block">
      <h4>{timeText('deadline', lang)}</h4>
      <p className="tr-help">{timeText('deadlineHelp', lang)}</p>
      <ProblemList problems={problemsUnder(problems, pointer)} lang={lang} base={pointer} />
      {isObject(deadline) ? (
        <>
          <MomentPicker value={deadline} bundle={bundle} lang={lang} legend={timeText('when', lang)}
            onChange={(choice) => onChange(setInState(bundle, path, ['meta', 'deadline'], writeTime(choice) as JsonObject))} />
          <button type="button" className="button button--secondary tr-small" onClick={() => onChange(setInState(bundle, path, ['meta', 'deadline'], undefined))}>
            {timeText('removeDeadline', lang)}
          </button>
        </>
      ) : (
        <p className="time-inline">
          {typeof duration === 'string' && <span className="tr-help">{timeText('replacesDuration', lang, { d: durationText(duration, lang) })} </span>}
          <button type="button" className="button button--secondary tr-small" onClick={() => {
            const next = setInState(bundle, path, ['meta', 'expectedDuration'], undefined);
            onChange(setInState(next, path, ['meta', 'deadline'], { at: ANCHORS[0]! }));
          }}>{timeText('setDeadline', lang)}</button>
        </p>
      )}
    </div>
  );
}
