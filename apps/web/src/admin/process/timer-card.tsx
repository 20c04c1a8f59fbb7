import { useState } from 'react';
import { escapePointer, type JsonObject } from '@koers/engine';
import { stateAt } from '../model/edit';
import { withTime } from '../model/time-spec';
import { deleteTimer, setTimer, timerSpec } from '../model/timers';
import { LocalizedField } from './fields';
import { localizedOf } from './localized';
import { MomentPicker } from './MomentPicker';
import { BranchList } from './transition-branches';
import { problemsUnder, stepPointer, type StepEditing } from './transition-context';
import { ProblemList } from './transition-fields';
import { timeText } from './time-texts';
import { tt } from './transition-text';

/**
 * One timer of the step: its name for people, its moment (the picker) and where it leads (the same branch
 * editor as a person's event: target, condition, actions). Deleting asks once more, in place.
 */
export function TimerCard({ ctx, name }: { ctx: StepEditing; name: string }) {
  const { bundle, path, lang, onChange } = ctx;
  const [confirming, setConfirming] = useState(false);
  const spec = timerSpec(stateAt(bundle, path), name) ?? {};
  const label = localizedOf(spec.label);
  const pointer = `${stepPointer(path)}/meta/timers/${escapePointer(name)}`;
  const onProblems = problemsUnder(ctx.problems, `${stepPointer(path)}/on/${escapePointer(name)}`).filter((p) => p.pointer === `${stepPointer(path)}/on/${escapePointer(name)}`);
  const headingId = `time-timer-${path.join('-')}-${name}`;
  const write = (next: JsonObject) => onChange(setTimer(bundle, path, name, next));
  return (
    <section className="tr-event time-timer" aria-labelledby={headingId}>
      <header className="tr-event__head">
        <h4 id={headingId}><span aria-hidden="true">◷ </span>{label[lang] || name}<code className="tr-code">{name}</code></h4>
        {confirming ? (
          <span className="tr-buttons">
            <button type="button" className="button tr-small tr-danger" onClick={() => onChange(deleteTimer(bundle, path, name))}>{tt('confirmDelete', lang)}</button>
            <button type="button" className="button button--secondary tr-small" onClick={() => setConfirming(false)}>{tt('cancel', lang)}</button>
          </span>
        ) : (
          <button type="button" className="button button--secondary tr-small" onClick={() => setConfirming(true)}>{timeText('deleteTimer', lang)}</button>
        )}
      </header>
      <ProblemList problems={[...problemsUnder(ctx.problems, pointer), ...onProblems]} lang={lang} base={pointer} />
      <LocalizedField label={timeText('label', lang)} value={label}
        onChange={(l, text) => write({ ...spec, label: { ...label, [l]: text } })} />
      <MomentPicker value={spec} bundle={bundle} lang={lang} legend={timeText('when', lang)} onChange={(choice) => write(withTime(spec, choice))} />
      <h5 className="tr-subhead">{timeText('transition', lang)}</h5>
      <BranchList ctx={ctx} source={{ kind: 'event', event: name }} eventForm={undefined} addLabel={tt('addBranch', lang)} level={5}
        newBranch={(): JsonObject => (path.length > 0 ? { target: path.at(-1)! } : {})} />
    </section>
  );
}
