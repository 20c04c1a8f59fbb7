import { useId } from 'react';
import type { JsonObject } from '@koers/engine';
import type { EditorProps, StatePath } from '../model/bundle';
import { getIn, setInState, stateAt } from '../model/edit';
import { readReminders, writeReminders, type ReminderChoice } from '../model/reminders';
import { DurationInput } from './DurationInput';
import { declaredTitle, declared, problemsUnder, stepPointer } from './transition-context';
import { ProblemList } from './transition-fields';
import { timeText } from './time-texts';

/**
 * The step's reminders (`meta.reminders`): any number of durations before the due date, one on the due date,
 * one every so often while overdue, and an escalation to other roles after a time overdue.
 */
export function RemindersField({ bundle, path, lang, onChange, problems }: EditorProps & { path: StatePath }) {
  const id = useId();
  const choice = readReminders(getIn(stateAt(bundle, path), ['meta', 'reminders']));
  const t = (key: Parameters<typeof timeText>[0], vars?: Record<string, string | number>) => timeText(key, lang, vars);
  const write = (next: ReminderChoice) => onChange(setInState(bundle, path, ['meta', 'reminders'], writeReminders(next) as JsonObject | undefined));
  const roles = declared(bundle, 'roles');
  const escalateTo = choice.escalate?.to ?? [];
  return (
    <div className="time-block">
      <h4>{t('reminders')}</h4>
      <p className="tr-help">{t('remindersHelp')}</p>
      <ProblemList problems={problemsUnder(problems, `${stepPointer(path)}/meta/reminders`)} lang={lang} base={`${stepPointer(path)}/meta/reminders`} />
      <fieldset className="process-field">
        <legend>{t('before')}</legend>
        {choice.before.map((d, i) => (
          <div key={i} className="time-moment__row">
            <DurationInput id={`${id}-b${i}`} value={d} lang={lang} label={t('beforeItem', { n: i + 1 })}
              onChange={(iso) => write({ ...choice, before: choice.before.map((x, j) => (j === i ? iso : x)) })} />
            <span>{t('beforeDue')}</span>
            <button type="button" className="button button--secondary tr-small" aria-label={`${t('removeBefore')}: ${t('beforeItem', { n: i + 1 })}`}
              onClick={() => write({ ...choice, before: choice.before.filter((_x, j) => j !== i) })}>{t('removeBefore')}</button>
          </div>
        ))}
        <button type="button" className="button button--secondary tr-small" onClick={() => write({ ...choice, before: [...choice.before, 'P7D'] })}>{t('addBefore')}</button>
      </fieldset>
      <label className="process-checklist__item">
        <input type="checkbox" checked={choice.onDue} onChange={(e) => write({ ...choice, onDue: e.target.checked })} />
        <span>{t('onDue')}</span>
      </label>
      <label className="process-checklist__item">
        <input type="checkbox" checked={choice.overdueEvery !== undefined}
          onChange={(e) => write({ ...choice, overdueEvery: e.target.checked ? 'P7D' : undefined })} />
        <span>{t('overdueOn')}</span>
      </label>
      {choice.overdueEvery !== undefined && (
        <div className="time-moment__row">
          <span>{t('overdue')}</span>
          <DurationInput id={`${id}-every`} value={choice.overdueEvery} lang={lang} label={t('overdue')} onChange={(iso) => write({ ...choice, overdueEvery: iso })} />
        </div>
      )}
      <label className="process-checklist__item">
        <input type="checkbox" checked={choice.escalate !== undefined}
          onChange={(e) => write({ ...choice, escalate: e.target.checked ? { to: roles.filter((r) => declaredRoleIsCoach(bundle, r)).slice(0, 1) } : undefined })} />
        <span>{t('escalate')}</span>
      </label>
      {choice.escalate !== undefined && (
        <div className="time-escalate">
          <div className="time-moment__row">
            <span>{t('escalateAfter')}</span>
            <DurationInput id={`${id}-esc`} value={choice.escalate.after} lang={lang} label={t('escalateAfter')}
              onChange={(iso) => write({ ...choice, escalate: { ...choice.escalate!, after: iso } })}
              onClear={() => write({ ...choice, escalate: { to: choice.escalate!.to } })} />
          </div>
          <fieldset className="process-field process-checklist">
            <legend>{t('escalateTo')}</legend>
            {roles.map((r) => (
              <label key={r} className="process-checklist__item">
                <input type="checkbox" checked={escalateTo.includes(r)}
                  onChange={(e) => write({ ...choice, escalate: { ...choice.escalate!, to: e.target.checked ? [...escalateTo, r] : escalateTo.filter((x) => x !== r) } })} />
                <span>{declaredTitle(bundle, 'roles', r, lang)} <code>{r}</code></span>
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </div>
  );
}

/** A coach role is the natural first choice to escalate to. */
function declaredRoleIsCoach(bundle: EditorProps['bundle'], role: string): boolean {
  return getIn(bundle.definition, ['roles', role, 'coach']) === true;
}
