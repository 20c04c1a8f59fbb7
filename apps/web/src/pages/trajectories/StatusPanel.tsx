import { t } from '@koers/engine';
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
  const { m } = useLang();
  const context = view.context;
  // A finished parallel track waits for the others: no time runs for it.
  const working = view.steps.filter((step) => !step.finished);
  const hasContext = context && (context.budgets.length > 0 || context.counters.length > 0 || context.dates.length > 0 || context.period > 1);
  return (
    <section className="status" aria-labelledby="status-title">
      <h2 id="status-title">{m('statusHeading')}</h2>
      {view.status === 'done' && <p className="status__done">{m('statusDone')}</p>}
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
  const { m } = useLang();
  return (n: number) => (n === 1 ? m('durDay') : m('durDays', { n }));
}

function StepStatus({ step }: { step: StepView }) {
  const { m, lang } = useLang();
  const days = useDays();
  const expected = expectedDays(step.enteredAt, step.dueAt);
  const parts = durationParts(step.expectedDuration);
  const duration = parts?.map(({ n, unit }) => (n === 1 ? m(UNIT_KEYS[unit][0]) : m(UNIT_KEYS[unit][1], { n }))).join(' ');
  const until = step.dueAt ? daysUntil(step.dueAt, new Date()) : undefined;
  const roles = step.roles.map((r) => t(r.title, lang)).join(', ');
  const forms = step.forms.map((f) => t(f.title, lang)).join(', ');
  return (
    <li className={`status__step${step.overdue ? ' status__step--late' : ''}`}>
      <h3 className="status__title">{t(step.title, lang)}</h3>
      <dl className="status__facts">
        <div>
          <dt>{m('statusInStep')}</dt>
          <dd>{m('statusSince', { days: days(step.daysInStep), date: formatDate(step.enteredAt, lang) })}</dd>
        </div>
        <div>
          <dt>{m('statusExpected')}</dt>
          <dd>{duration || (expected !== null ? days(expected) : m('statusNoExpected'))}</dd>
        </div>
        {step.dueAt && until !== undefined && (
          <div>
            <dt>{m('statusDue')}</dt>
            <dd>
              <time dateTime={step.dueAt}>{formatDate(step.dueAt, lang)}</time>{' · '}
              {step.overdue
                ? <strong className="status__late"><span aria-hidden="true">⚠ </span>{m('statusLate', { days: days(Math.max(1, expected !== null ? step.daysInStep - expected : -until)) })}</strong>
                : m('statusLeft', { days: days(Math.max(0, until)) })}
            </dd>
          </div>
        )}
        <div>
          <dt>{m('statusWaitsFor')}</dt>
          <dd>{roles || m('statusNone')}</dd>
        </div>
        <div>
          <dt>{m('statusForms')}</dt>
          <dd>{forms || m('statusNone')}</dd>
        </div>
      </dl>
      {expected !== null && expected > 0 && (
        <meter className="status__meter" min={0} max={expected} low={expected * 0.75} high={expected} optimum={0}
          value={Math.min(step.daysInStep, expected)} aria-label={m('statusTimeMeter', { days: step.daysInStep, expected })} />
      )}
    </li>
  );
}

function ContextStatus({ view }: { view: TrajectoryView }) {
  const { m, lang } = useLang();
  const { budgets, counters, dates, period } = view.context;
  return (
    <div className="status__context">
      <h3 className="status__title">{m('statusContext')}</h3>
      {budgets.length > 0 && <ul className="status__budgets">{budgets.map((b) => <BudgetStatus key={b.id} budget={b} />)}</ul>}
      {(counters.length > 0 || dates.length > 0 || period > 1) && (
        <dl className="status__facts">
          {counters.map((c) => (
            <div key={c.id}>
              <dt>{t(c.title, lang)}</dt>
              <dd>{c.max === undefined ? formatNumber(c.value, lang) : m('statusCounterOf', { value: formatNumber(c.value, lang), max: formatNumber(c.max, lang) })}</dd>
            </div>
          ))}
          {dates.map((d) => (
            <div key={d.key}>
              <dt>{t(d.title, lang)}</dt>
              <dd><time dateTime={d.value}>{formatDate(d.value, lang)}</time></dd>
            </div>
          ))}
          {period > 1 && (
            <div>
              <dt>{m('statusPeriod')}</dt>
              <dd>{period}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

function BudgetStatus({ budget }: { budget: ContextBudget }) {
  const { m, lang } = useLang();
  const { left, over } = budgetState(budget);
  const unit = t(budget.unit, lang);
  const used = m('statusBudgetUsed', { used: formatNumber(budget.used, lang), limit: formatNumber(budget.limit, lang), unit });
  return (
    <li className={`status__budget${over > 0 ? ' status__budget--over' : ''}`}>
      <span className="status__budget-title">{t(budget.title, lang)}</span>
      <span>{used}</span>
      <meter className="status__meter" min={0} max={Math.max(budget.limit, budget.used, 1)} low={budget.limit * 0.8} high={budget.limit} optimum={0}
        value={budget.used} aria-label={`${t(budget.title, lang)}: ${used}`} />
      <span className={over > 0 ? 'status__late' : 'status__muted'}>
        {over > 0
          ? <><span aria-hidden="true">⚠ </span>{m('statusBudgetOver', { over: formatNumber(over, lang), unit })}</>
          : m('statusBudgetLeft', { left: formatNumber(left, lang), unit })}
      </span>
    </li>
  );
}
