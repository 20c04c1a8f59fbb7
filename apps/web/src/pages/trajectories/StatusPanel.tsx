import { textIn } from '@koers/engine';
import type { ContextBudget, StepView, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import type { AppMessageKey } from '../../i18n/messages';
import { formatDate } from './format';
import { budgetState, daysUntil, durationParts, expectedDays, formatNumber, type DurationUnit } from './status';
import './status.css';

const UNIT_KEYS: Record<DurationUnit, [AppMessageKey, AppMessageKey]> = {
  year: ['durYear', 'durYears'], month: ['durMonth', 'durMonths'], week: ['durWeek', 'durWeeks'],
  day: ['durDay', 'durDays'], hour: ['durHour', 'durHours'], minute: ['durMinute', 'durMinutes'],
};

/**
 * "Stand van zaken": per current step how long the trajectory has been there against the expected duration,
 * whom and which forms it waits for, and the context's budgets (with a meter), counters and dates. Every
 * number is written out; colour only repeats what the text says.
 */
export function StatusPanel({ view }: { view: TrajectoryView }) {
  const { appText } = useLang();
  const context = view.context;
  // A finished parallel track waits for the others: no time runs for it.
  const working = view.steps.filter((step) => !step.finished);
  const hasContext = context && (context.budgets.length > 0 || context.counters.length > 0 || context.dates.length > 0 || context.period > 1);
  return (
    <section className="status" aria-labelledby="status-title">
      <h2 id="status-title">{appText('statusHeading')}</h2>
      {view.status === 'done' && <p className="status__done">{appText('statusDone')}</p>}
      {view.status !== 'done' && working.length > 0 && (
        <ul className="status__steps">
          {working.map((step) => <StepStatus key={step.path} step={step} />)}
        </ul>
      )}
      {hasContext && <ContextStatus view={view} />}
    </section>
  );
}

/** "1 dag" / "14 dagen" in the reader's language. */
function useDays() {
  const { appText } = useLang();
  return (n: number) => (n === 1 ? appText('durDay') : appText('durDays', { n }));
}

function StepStatus({ step }: { step: StepView }) {
  const { appText, lang } = useLang();
  const days = useDays();
  // A due date from `meta.deadline` (a moment: "voor de herfstvakantie") is no expected duration: only a step with
  // `expectedDuration` shows "Verwachte duur"; its due date shows under "Termijn" either way.
  const expected = step.expectedDuration ? expectedDays(step.enteredAt, step.dueAt) : null;
  const parts = durationParts(step.expectedDuration);
  const duration = parts?.map(({ n, unit }) => (n === 1 ? appText(UNIT_KEYS[unit][0]) : appText(UNIT_KEYS[unit][1], { n }))).join(' ');
  const until = step.dueAt ? daysUntil(step.dueAt, new Date()) : undefined;
  // Who can act now, not every role that takes part in the step (the same rule as the coach's overview).
  const roles = step.canAct.map((r) => textIn(r.title, lang)).join(', ');
  const forms = step.forms.map((f) => textIn(f.title, lang)).join(', ');
  return (
    <li className={`status__step${step.overdue ? ' status__step--late' : ''}`}>
      <h3 className="status__title">{textIn(step.title, lang)}</h3>
      <dl className="status__facts">
        <div>
          <dt>{appText('statusInStep')}</dt>
          <dd>{appText('statusSince', { days: days(step.daysInStep), date: formatDate(step.enteredAt, lang) })}</dd>
        </div>
        {(step.expectedDuration || !step.dueAt) && (
          <div>
            <dt>{appText('statusExpected')}</dt>
            <dd>{duration || (expected !== null ? days(expected) : appText('statusNoExpected'))}</dd>
          </div>
        )}
        {step.dueAt && until !== undefined && (
          <div>
            <dt>{appText('statusDue')}</dt>
            <dd>
              <time dateTime={step.dueAt}>{formatDate(step.dueAt, lang)}</time>{' · '}
              {step.overdue
                ? <strong className="status__late"><span aria-hidden="true">⚠ </span>{appText('statusLate', { days: days(Math.max(1, expected !== null ? step.daysInStep - expected : -until)) })}</strong>
                : appText('statusLeft', { days: days(Math.max(0, until)) })}
            </dd>
          </div>
        )}
        <div>
          <dt>{appText('statusWaitsFor')}</dt>
          <dd>{roles || appText('statusNone')}</dd>
        </div>
        <div>
          <dt>{appText('statusForms')}</dt>
          <dd>{forms || appText('statusNone')}</dd>
        </div>
      </dl>
      {expected !== null && expected > 0 && (
        <meter className="status__meter" min={0} max={expected} low={expected * 0.75} high={expected} optimum={0}
          value={Math.min(step.daysInStep, expected)} aria-label={appText('statusTimeMeter', { days: step.daysInStep, expected })} />
      )}
    </li>
  );
}

function ContextStatus({ view }: { view: TrajectoryView }) {
  const { appText, lang } = useLang();
  const { budgets, counters, dates, period } = view.context;
  return (
    <div className="status__context">
      <h3 className="status__title">{appText('statusContext')}</h3>
      {budgets.length > 0 && <ul className="status__budgets">{budgets.map((b) => <BudgetStatus key={b.id} budget={b} />)}</ul>}
      {(counters.length > 0 || dates.length > 0 || period > 1) && (
        <dl className="status__facts">
          {counters.map((c) => (
            <div key={c.id}>
              <dt>{textIn(c.title, lang)}</dt>
              <dd>{c.max === undefined ? formatNumber(c.value, lang) : appText('statusCounterOf', { value: formatNumber(c.value, lang), max: formatNumber(c.max, lang) })}</dd>
            </div>
          ))}
          {dates.map((d) => (
            <div key={d.key}>
              <dt>{textIn(d.title, lang)}</dt>
              <dd><time dateTime={d.value}>{formatDate(d.value, lang)}</time></dd>
            </div>
          ))}
          {period > 1 && (
            <div>
              <dt>{appText('statusPeriod')}</dt>
              <dd>{period}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

function BudgetStatus({ budget }: { budget: ContextBudget }) {
  const { appText, lang } = useLang();
  const { left, over } = budgetState(budget);
  const unit = textIn(budget.unit, lang);
  const used = appText('statusBudgetUsed', { used: formatNumber(budget.used, lang), limit: formatNumber(budget.limit, lang), unit });
  return (
    <li className={`status__budget${over > 0 ? ' status__budget--over' : ''}`}>
      <span className="status__budget-title">{textIn(budget.title, lang)}</span>
      <span>{used}</span>
      <meter className="status__meter" min={0} max={Math.max(budget.limit, budget.used, 1)} low={budget.limit * 0.8} high={budget.limit} optimum={0}
        value={budget.used} aria-label={`${textIn(budget.title, lang)}: ${used}`} />
      <span className={over > 0 ? 'status__late' : 'status__muted'}>
        {over > 0
          ? <><span aria-hidden="true">⚠ </span>{appText('statusBudgetOver', { over: formatNumber(over, lang), unit })}</>
          : appText('statusBudgetLeft', { left: formatNumber(left, lang), unit })}
      </span>
    </li>
  );
}
