import { type CompiledDefinition, type JsonObject, type Lang, type StepView, formTitle, textIn } from '@koers/engine';
import { FormStep } from '@koers/runner';
import { formatDate } from '../../pages/trajectories/format';
import { stepTiming } from '../model/simulate-clock';
import { roleTitle } from '../model/simulate-paths';
import { simText } from './texts';

/**
 * The step(s) the simulated trajectory stands in: title, how it stands in time, instructions, roles, forms, and
 * the forms filled in earlier that the step shows for reference (`meta.reference`), read-only as participants see them.
 */
export function CurrentSteps({ compiled, steps, done, now, filled, lang }: {
  compiled: CompiledDefinition; steps: StepView[]; done: boolean; now: string; filled: Record<string, JsonObject>; lang: Lang;
}) {
  return (
    <section className="sim-panel sim-steps" aria-labelledby="sim-steps-title">
      <h3 id="sim-steps-title" tabIndex={-1}>{simText('now', lang)}</h3>
      {done && <p className="sim-steps__done" role="status">{simText('finished', lang)}</p>}
      <ul className="sim-steps__list">
        {steps.map((step) => (
          <StepCard key={step.path} compiled={compiled} step={step} now={now} filled={filled} open={steps.length === 1} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

function StepCard({ compiled, step, now, filled, open, lang }: {
  compiled: CompiledDefinition; step: StepView; now: string; filled: Record<string, JsonObject>; open: boolean; lang: Lang;
}) {
  const timing = stepTiming(step, now);
  const due = timing.kind === 'untimed' ? undefined : formatDate(timing.dueAt, lang);
  const timeText = timing.kind === 'overdue'
    ? simText(timing.days === 1 ? 'overdueOne' : 'overdue', lang, { days: timing.days, date: due! })
    : timing.kind === 'due' ? simText(timing.days === 0 ? 'dueToday' : timing.days === 1 ? 'dueInOne' : 'dueIn', lang, { days: timing.days, date: due! }) : undefined;
  const instructions = textIn(step.instructions, lang);
  return (
    <li className={`sim-step${timing.kind === 'overdue' ? ' sim-step--late' : ''}`}>
      {/* The title is what staff recognise; the technical key only as a tooltip, for whoever needs it. */}
      <p className="sim-step__title" title={step.path}>{textIn(step.title, lang)}</p>
      {timeText && <p className={`sim-step__time${timing.kind === 'overdue' ? ' sim-step__time--late' : ''}`}>{timeText}</p>}
      {instructions && (
        <details className="sim-step__instructions" open={open}>
          <summary>{simText('instructions', lang)}</summary>
          <p>{instructions}</p>
        </details>
      )}
      {step.roles.length > 0 && <p className="sim-step__meta">{simText('waitsFor', lang, { roles: step.roles.map((r) => roleTitle(compiled, r, lang)).join(', ') })}</p>}
      {step.forms.length > 0 && <p className="sim-step__meta">{simText('forms', lang, { forms: step.forms.map((f) => formTitle(compiled, f, lang)).join(', ') })}</p>}
      {step.reference.map((formId) => {
        const form = compiled.forms.get(formId)?.definition;
        const data = filled[formId];
        if (!form || !data) return null;
        return (
          <details key={formId} className="sim-step__reference">
            <summary>{simText('reference', lang, { form: formTitle(compiled, formId, lang) })}</summary>
            <FormStep form={form} data={data} lang={lang} readonly showHeader={false} />
          </details>
        );
      })}
    </li>
  );
}
