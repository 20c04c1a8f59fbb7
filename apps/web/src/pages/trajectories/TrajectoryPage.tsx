import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { useLayoutEffect, useRef, useState } from 'react';
import { textIn } from '@koers/engine';
import { Stepper } from '@koers/runner';
import { ApiFailure } from '../../api/client';
import type { EventOption, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useRefreshTrajectory, useSendEvent } from '../../queries/trajectories';
import { Missing } from '../Missing';
import { useDocumentTitle } from '../useDocumentTitle';
import { formatDate, newKey } from './format';
import { Documents, FlagPanel, FormPanel, GroupPanel, Later, SignoffPanel, TrajectoryDiagram, TrajectoryHistory } from './lazy';
import { Meetings } from './Meetings';
import { StatusPanel } from './StatusPanel';
import { TimePanel } from './TimePanel';
import { useTrajectory } from './useTrajectory';
import { pageText } from './texts';
import './trajectories.css';
import { readableView } from './readable-view';
import { SentNotice, type Notice } from './SentNotice';
import { DraftBadge } from './DraftBadge';
import { useConfirmedSend } from './ConfirmEvent';


/**
 * One trajectory as the signed-in participant sees it (signed in: see the route). In reading order, which is also
 * the order on a phone: the current step with its work (forms, actions), then the steps and the trajectory's status,
 * then what is folded away (forms filled in earlier, the diagram, the history). On a wide screen the steps and
 * status stand in a column on the right. Parts not needed for the first paint load when shown (./lazy.tsx).
 */
export default function TrajectoryPage() {
  const { id } = usePageParams('/trajecten/:id');
  const { appText, lang } = useLang();
  const load = useTrajectory(id);
  const refresh = useRefreshTrajectory(id);
  const [notice, setNotice] = useState<Notice | undefined>();
  const view = load.kind === 'ready' ? load.view : undefined;
  useDocumentTitle(view ? textIn(view.type.title, lang) : load.kind === 'missing' ? appText('trajectoryNotFound') : appText('loading'));

  // After an event the cache fetches the trajectory again by itself (useSendEvent); a conflict asks for it.
  const sent = (label: string) => setNotice({ kind: 'sent', label, from: view?.version ?? 0 });
  const conflict = () => {
    setNotice({ kind: 'text', text: appText('conflictReloaded') });
    refresh();
  };

  if (load.kind === 'loading') return <p className="app-loading">{appText('loading')}</p>;
  if (load.kind === 'missing' || load.kind === 'failed') {
    return <Missing title={appText('trajectoryNotFound')} text={appText('trajectoryNotFoundText')} failure={load.kind === 'failed' ? load.message : undefined} />;
  }
  const v = readableView(load.view);
  const mine = (formId: string) => v.events.filter((e) => e.form === formId);
  // Forms I can submit first; forms shown for reference after them, and only when they hold answers; a form my
  // roles may not read shows only that it is there and who may read it.
  const forms = [...v.forms.filter((f) => mine(f.id).length > 0),
    ...v.forms.filter((f) => mine(f.id).length === 0 && (f.submitted || f.draft || !f.readable))];
  const formless = v.events.filter((e) => !e.form || !v.forms.some((f) => f.id === e.form));
  const atHand = v.documents.filter((d) => d.referencedBy.length > 0);
  const earlier = v.documents.filter((d) => d.referencedBy.length === 0);
  const open = v.steps.filter((step) => !step.finished);
  return (
    <div className="page trajectory">
      <p className="trajectory__back"><Link to={to.trajectories}>{appText('back')}</Link></p>
      <h1>{textIn(v.type.title, lang)}{v.label && <span className="trajectory-label"> · {v.label}</span>}</h1>
      <p className="lead">{v.subject === 'group' ? <>{v.school.name} ({appText('groupWord')})</> : <Link to={to.school(v.school.id)}>{v.school.name}</Link>}{v.subject === 'bestuur' && ` (${appText('bestuurWord')})`} · {appText('yourRoles', { roles: v.roles.map((r) => textIn(r.title, lang)).join(', ') || '–' })}</p>
      <p className="trajectory__tools"><Link to={to.print(v.id)}>{appText('printView')}</Link></p>
      <SentNotice notice={notice} view={v} />
      <div className="trajectory__layout">
        <div className="trajectory__now">
          {v.status === 'done' && <p className="badge">{appText('finished')}</p>}
          {v.flags.length > 0 && <Later><FlagPanel view={v} /></Later>}
          <ToDo forms={forms.filter((f) => mine(f.id).length > 0).map((f) => ({ id: f.id, title: f.title, events: mine(f.id) }))} others={formless} />
          {v.steps.filter((step) => step.finished).map((step) => (
            <p key={step.path} className="trajectory__track-done">
              <span aria-hidden="true">✓ </span>{appText('trackFinished', { step: textIn(step.title, lang) })}
            </p>
          ))}
          {open.map((step, i) => (
            <section key={step.path} className="trajectory__step" aria-labelledby={`step-${step.path}`}>
              <p className="trajectory-card__label">{appText('currentStep')}</p>
              <h2 id={`step-${step.path}`}>{textIn(step.title, lang)}</h2>
              <DraftBadge view={v} step={step} />
              {step.dueAt && (
                <p className={step.overdue ? 'badge badge--overdue' : 'badge'}>
                  {step.overdue ? appText('overdueSince', { date: formatDate(step.dueAt, lang) }) : appText('dueOn', { date: formatDate(step.dueAt, lang) })}
                </p>
              )}
              {/* Instructions once: parallel tracks that share their text show it under the first of them only. */}
              {step.instructions && !open.slice(0, i).some((o) => o.instructions && textIn(o.instructions, lang) === textIn(step.instructions!, lang))
                && <Instructions text={textIn(step.instructions, lang)} id={`instructions-${step.path}`} />}
            </section>
          ))}
          {/* The forms this step names in `meta.reference` (the SMART goals during an evaluation, say), right under it. */}
          {atHand.length > 0 && <Later><Documents id="documents-at-hand" heading={appText('atHand')} intro={appText('atHandIntro')} documents={atHand} atHand /></Later>}
          {forms.length > 0 && (
            <Later>
              {forms.map((form) => (
                <FormPanel key={`${form.id}@${v.version}`} trajectoryId={v.id} version={v.version} form={form}
                  events={mine(form.id)} onSent={sent} onConflict={conflict} />
              ))}
            </Later>
          )}
          {v.signoffs.asked.length > 0 && <Later><SignoffPanel view={v} /></Later>}
          {formless.length > 0 && <Actions view={v} events={formless} onSent={sent} onConflict={conflict} />}
        </div>
        <aside className="trajectory__aside" aria-labelledby="progress-title">
          <h2 id="progress-title">{appText('progress')}</h2>
          <Stepper steps={v.progress} lang={lang} label={appText('progress')} />
          <StatusPanel view={v} />
          <TimePanel time={v.time} done={v.status === 'done'} />
          {v.group && <Later><GroupPanel view={v} /></Later>}
          <Meetings trajectoryId={v.id} version={v.version} />
        </aside>
        <div className="trajectory__more">
          {earlier.length > 0 && <Later><Documents id="documents-earlier" heading={appText('earlierFilled', { n: earlier.length })} documents={earlier} /></Later>}
          <Later><TrajectoryDiagram view={v} /></Later>
          <HistorySection view={v} />
        </div>
      </div>
    </div>
  );
}

/** Long instructions show their first lines, the rest on request, so the step's work stays near the top. */
function Instructions({ text, id }: { text: string; id: string }) {
  const { lang } = useLang();
  const [whole, setWhole] = useState(false);
  // Whether three lines cut the text at this width (a wide screen may show all of it in three lines).
  const [clipped, setClipped] = useState(false);
  const paragraph = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = paragraph.current;
    if (!el || whole) return undefined;
    const measure = () => setClipped(el.scrollHeight > el.clientHeight + 1);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [whole, text]);
  return (
    <>
      <p id={id} ref={paragraph} className={whole ? 'trajectory__instructions' : 'trajectory__instructions trajectory__instructions--short'}>{text}</p>
      {(clipped || whole) && (
        <button type="button" className="trajectory__todo-go" aria-expanded={whole} aria-controls={id} onClick={() => setWhole(!whole)}>
          {pageText(whole ? 'readLess' : 'readMore', lang)}
        </button>
      )}
    </>
  );
}

/** Moves the reader to a part of the page and gives it focus (a heading gets a programmatic focus stop). */
function goTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * What the reader can do in the current step, in a few lines at the top (on a phone the forms below are long):
 * each form with the actions that submit it, and the other actions, each a button that goes there.
 */
function ToDo({ forms, others }: { forms: Array<{ id: string; title: TrajectoryView['forms'][number]['title']; events: EventOption[] }>; others: EventOption[] }) {
  const { lang } = useLang();
  if (forms.length === 0) return null;
  const labels = (events: EventOption[]) => events.map((e) => textIn(e.label, lang)).join(' · ');
  return (
    <nav className="trajectory__todo" aria-labelledby="todo-title">
      <h2 id="todo-title" className="trajectory__todo-title">{pageText('todo', lang)}</h2>
      <ul>
        {forms.map((form) => (
          <li key={form.id}>
            <button type="button" className="trajectory__todo-go" onClick={() => goTo(`form-${form.id}-title`)}
              aria-label={`${pageText('todoForm', lang)}: ${textIn(form.title, lang)}`}>{textIn(form.title, lang)}</button>
            <span className="trajectory__todo-events">{labels(form.events)}</span>
          </li>
        ))}
        {others.length > 0 && (
          <li>
            <button type="button" className="trajectory__todo-go" onClick={() => goTo('other-actions')}>{pageText('todoOther', lang)}</button>
            <span className="trajectory__todo-events">{labels(others)}</span>
          </li>
        )}
      </ul>
    </nav>
  );
}

/**
 * The history, folded: its heading and the latest event in one line; opened, the whole timeline (loaded then).
 * Once opened it stays mounted, so a submitted form unfolded in it stays open when the history is folded again.
 */
function HistorySection({ view }: { view: TrajectoryView }) {
  const { appText, lang } = useLang();
  const [opened, setOpened] = useState(false);
  const last = view.history.at(-1);
  const n = view.historyTotal;
  return (
    <section className="trajectory__history" aria-labelledby="history-title">
      <h2 id="history-title">{appText('history')}</h2>
      {last && <p className="trajectory__history-last">{pageText('lastEvent', lang, { label: textIn(last.label, lang), date: formatDate(last.at, lang) })}</p>}
      <details className="trajectory__history-fold" onToggle={(e) => { if ((e.currentTarget as HTMLDetailsElement).open) setOpened(true); }}>
        <summary>{n === 1 ? pageText('showHistoryOne', lang) : pageText('showHistory', lang, { n })}</summary>
        {opened && <Later><TrajectoryHistory view={view} /></Later>}
      </details>
    </section>
  );
}

/** Events that carry no form: plain buttons. */
function Actions({ view, events, onSent, onConflict }: {
  view: TrajectoryView; events: EventOption[]; onSent: (label: string) => void; onConflict: () => void;
}) {
  const { appText, lang } = useLang();
  const mutation = useSendEvent(view.id);
  const confirmed = useConfirmedSend();
  const send = (event: EventOption) => confirmed.ask(event, (reason) => mutation.mutate({
    body: { type: event.type, expectedVersion: view.version, ...(reason ? { reason } : {}) }, key: newKey(),
  }, {
    onSuccess: () => onSent(textIn(event.label, lang)),
    onError: (error) => {
      if (error instanceof ApiFailure && error.status === 409) onConflict();
    },
  }));
  const failure = mutation.error instanceof ApiFailure && mutation.error.status === 409 ? undefined : mutation.error;
  const problem = !failure ? undefined : failure instanceof ApiFailure ? textIn(failure.error.message, lang) : String(failure);
  const busy = mutation.isPending;
  return (
    <section className="form-panel" aria-labelledby="other-actions">
      <h3 id="other-actions" className="form-panel__title">{appText(view.forms.length ? 'otherActions' : 'actions')}</h3>
      {problem && <p className="form-panel__problem" role="alert">{problem}</p>}
      {confirmed.dialog}
      <div className="form-panel__actions">
        {events.map((e) => (
          <button key={e.type} type="button" className="button button--secondary" disabled={busy || e.blocked !== undefined}
            aria-describedby={e.blocked ? `blocked-${e.type}` : undefined} onClick={() => send(e)}>
            {textIn(e.label, lang)}
          </button>
        ))}
      </div>
      {events.filter((e) => e.blocked).map((e) => (
        <p key={e.type} id={`blocked-${e.type}`} className="form-panel__blocked">{textIn(e.label, lang)}: {textIn(e.blocked, lang)}</p>
      ))}
    </section>
  );
}
