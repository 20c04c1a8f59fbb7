import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import type { OverviewStep } from './types';

/**
 * The steps of a trajectory type as a list of bars: the length shows how many schools are in the step, the
 * hatched red part how many of them are overdue, and both are also written out. Each step is a toggle button
 * that filters the schools table.
 */
export function StepHeat({ steps, selected, onSelect }: {
  steps: readonly OverviewStep[];
  selected: string | undefined;
  onSelect: (path: string | undefined) => void;
}) {
  const { appText, lang } = useLang();
  const max = Math.max(1, ...steps.map((s) => s.count));
  return (
    <section className="heat" aria-labelledby="heat-title">
      <h2 id="heat-title">{appText('stepsHeading')}</h2>
      <p className="heat__help">{appText('stepsHelp')}</p>
      <p className="heat__legend" aria-hidden="true">
        <span><span className="heat__swatch heat__swatch--count" /> {appText('legendCount')}</span>
        <span><span className="heat__swatch heat__swatch--overdue" /> {appText('legendOverdue')}</span>
      </p>
      <ol className="heat__list">
        {steps.map((step) => {
          const active = selected === step.path;
          return (
            <li key={step.path}>
              <button type="button" className={`heat__step${step.count === 0 ? ' heat__step--empty' : ''}${step.overdue > 0 ? ' heat__step--late' : ''}`}
                aria-pressed={active} onClick={() => onSelect(active ? undefined : step.path)} data-step={step.path}>
                <span className="heat__title">{textIn(step.title, lang)}</span>
                <span className="heat__numbers">
                  {step.count === 1 ? appText('stepCountOne') : appText('stepCount', { n: step.count })}
                  {step.overdue > 0 && <strong className="heat__late">{' · '}<span aria-hidden="true">⚠ </span>{appText('stepOverdue', { n: step.overdue })}</strong>}
                </span>
                <span className="heat__bar" aria-hidden="true">
                  <span className="heat__fill" style={{ width: `${(step.count / max) * 100}%` }}>
                    <span className="heat__fill-late" style={{ width: step.count ? `${(step.overdue / step.count) * 100}%` : 0 }} />
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
