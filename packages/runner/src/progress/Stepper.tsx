import { textIn, type Lang, type Localized } from '@koers/engine';
import { msg } from '../i18n/messages';
import { skippedSteps } from './skipped';

/** Where a step stands for one trajectory (the API's `progress`). */
export type StepStatus = 'done' | 'current' | 'coming';

export interface StepperStep {
  path: string;
  title: Localized;
  status: StepStatus;
  /** The API marks parallel steps; their children are tracks that run at the same time. */
  parallel?: boolean;
  children?: StepperStep[];
}

export interface StepperProps {
  steps: readonly StepperStep[];
  lang?: Lang;
  /** The accessible name of the list (default "Stappen"). */
  label?: string;
}

/** Parallel tracks render side by side; a plain compound step renders as a nested list. */
function isParallel(step: StepperStep): boolean {
  return step.parallel === true && (step.children?.length ?? 0) > 1;
}

function StatusText({ status, lang }: { status: StepStatus; lang: Lang }) {
  const key = status === 'done' ? 'stepDone' : status === 'current' ? 'stepCurrent' : 'stepComing';
  return <span className="kr-visually-hidden"> ({msg(key, lang)})</span>;
}

function StepList({ steps, lang, skipped }: { steps: readonly StepperStep[]; lang: Lang; skipped: ReadonlySet<string> }) {
  return (
    <ol className="kr-stepper__list">
      {steps.map((step) => (
        <li key={step.path} className={`kr-step kr-step--${skipped.has(step.path) ? 'skipped' : step.status}`} aria-current={step.status === 'current' ? 'step' : undefined}>
          <span className="kr-step__marker" aria-hidden="true">{step.status === 'done' ? '✓' : skipped.has(step.path) ? '–' : ''}</span>
          <span className="kr-step__title">
            {textIn(step.title, lang)}
            {/* A step the path went past says so in words, visibly (not "nog niet": it will not come). */}
            {skipped.has(step.path) ? <span className="kr-step__note"> ({msg('stepSkipped', lang)})</span> : <StatusText status={step.status} lang={lang} />}
          </span>
          {step.children && step.children.length > 0 && (isParallel(step) ? (
            <div className="kr-stepper__tracks">
              {step.children.map((track) => (
                <div key={track.path} className={`kr-track kr-track--${track.status}`}>
                  <span className="kr-track__title">{textIn(track.title, lang)}<StatusText status={track.status} lang={lang} /></span>
                  <StepList steps={track.children ?? []} lang={lang} skipped={skipped} />
                </div>
              ))}
            </div>
          ) : <StepList steps={step.children} lang={lang} skipped={skipped} />)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The steps of a trajectory in the definition's order, marked done, current, coming or skipped (passed by, see
 * skippedSteps); parallel tracks side by side. Status is shown by colour and marker and also spoken ("huidige stap"), never by colour alone.
 *
 * @example <Stepper steps={view.progress} lang="nl" />
 */
export function Stepper({ steps, lang = 'nl', label }: StepperProps) {
  return (
    <nav className="kr-stepper" aria-label={label ?? msg('steps', lang)}>
      <StepList steps={steps} lang={lang} skipped={skippedSteps(steps)} />
    </nav>
  );
}
