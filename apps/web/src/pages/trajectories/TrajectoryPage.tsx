import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { useState } from 'react';
import { textIn } from '@koers/engine';
import { History, Stepper } from '@koers/runner';
import { ApiFailure } from '../../api/client';
import type { EventOption, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useRefreshTrajectory, useSendEvent } from '../../queries/trajectories';
import { Missing } from '../Missing';
import { useDocumentTitle } from '../useDocumentTitle';
import { formatDate, newKey } from './format';
import { Documents } from './Documents';
import { FlagPanel } from './FlagPanel';
import { FormPanel } from './FormPanel';
import { GroupPanel } from './GroupPanel';
import { Meetings } from './Meetings';
import { StatusPanel } from './StatusPanel';
import { TimePanel } from './TimePanel';
import { SubmittedForm, formShapes, useEventLog } from './Submissions';
import { TrajectoryDiagram } from './TrajectoryDiagram';
import { useTrajectory } from './useTrajectory';
import { SignoffPanel } from '../signoffs/SignoffPanel';
import { SignoffList } from '../signoffs/SignoffList';
import { SIGNOFF_TEXT, say } from '../signoffs/texts';
import './trajectories.css';
import { readableView } from './readable-view';
import { SentNotice, type Notice } from './SentNotice';
import { DraftBadge } from './DraftBadge';
import { useConfirmedSend } from './ConfirmEvent';


/** One trajectory as the signed-in participant sees it: steps, the current step's work, history (signed in: see the route). */
export default function TrajectoryPage() {
  const { id } = usePageParams('/trajecten/:id');
  const { appText, lang } = useLang();
  const load = useTrajectory(id);
  const refresh = useRefreshTrajectory(id);
  const [notice, setNotice] = useState<Notice | undefined>();
  const view = load.kind === 'ready' ? load.view : undefined;
  const log = useEventLog(id, view?.version ?? 0);
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
  const shapes = formShapes(v);
  const atHand = v.documents.filter((d) => d.referencedBy.length > 0);
  const earlier = v.documents.filter((d) => d.referencedBy.length === 0);
  return (
    <div className="page trajectory">
      <p className="trajectory__back"><Link to={to.trajectories}>{appText('back')}</Link></p>
      <h1>{textIn(v.type.title, lang)}{v.label && <span className="trajectory-label"> · {v.label}</span>}</h1>
      <p className="lead"><Link to={to.school(v.school.id)}>{v.school.name}</Link>{v.subject === 'bestuur' && ` (${appText('bestuurWord')})`} · {appText('yourRoles', { roles: v.roles.map((r) => textIn(r.title, lang)).join(', ') || '–' })}</p>
      <p className="trajectory__tools"><Link to={to.print(v.id)}>{appText('printView')}</Link></p>
      <SentNotice notice={notice} view={v} />
      <div className="trajectory__layout">
        <aside className="trajectory__aside">
          <h2>{appText('progress')}</h2>
          <Stepper steps={v.progress} lang={lang} label={appText('progress')} />
          <StatusPanel view={v} />
          <TimePanel time={v.time} done={v.status === 'done'} />
          <GroupPanel view={v} />
          <Meetings trajectoryId={v.id} version={v.version} />
        </aside>
        <div className="trajectory__main">
          {v.status === 'done' && <p className="badge">{appText('finished')}</p>}
          <FlagPanel view={v} />
          {v.steps.filter((step) => step.finished).map((step) => (
            <p key={step.path} className="trajectory__track-done">
              <span aria-hidden="true">✓ </span>{appText('trackFinished', { step: textIn(step.title, lang) })}
            </p>
          ))}
          {v.steps.filter((step) => !step.finished).map((step) => (
            <section key={step.path} className="trajectory__step" aria-labelledby={`step-${step.path}`}>
              <p className="trajectory-card__label">{appText('currentStep')}</p>
              <h2 id={`step-${step.path}`}>{textIn(step.title, lang)}</h2>
              <DraftBadge view={v} step={step} />
              {step.dueAt && (
                <p className={step.overdue ? 'badge badge--overdue' : 'badge'}>
                  {step.overdue ? appText('overdueSince', { date: formatDate(step.dueAt, lang) }) : appText('dueOn', { date: formatDate(step.dueAt, lang) })}
                </p>
              )}
              {step.instructions && <p className="trajectory__instructions">{textIn(step.instructions, lang)}</p>}
            </section>
          ))}
          {/* The forms this step names in `meta.reference` (the SMART goals during an evaluation, say), right under it. */}
          <Documents id="documents-at-hand" heading={appText('atHand')} intro={appText('atHandIntro')} documents={atHand} atHand />
          {forms.map((form) => (
            <FormPanel key={`${form.id}@${v.version}`} trajectoryId={v.id} version={v.version} form={form}
              events={mine(form.id)} onSent={sent} onConflict={conflict} />
          ))}
          <SignoffPanel view={v} />
          {formless.length > 0 && <Actions view={v} events={formless} onSent={sent} onConflict={conflict} />}
          <Documents id="documents-earlier" heading={appText('earlierFilled', { n: earlier.length })} documents={earlier} />
          <TrajectoryDiagram view={v} />
          <section className="trajectory__history" aria-labelledby="history-title">
            <h2 id="history-title">{appText('history')}</h2>
            <History entries={v.history} lang={lang} details={(entry) => {
              const shape = v.history.find((h) => h.seq === entry.seq)?.form?.id;
              const form = shape ? shapes.get(shape) : undefined;
              return form ? <SubmittedForm seq={entry.seq} shape={form} log={log.log} onOpen={log.load} /> : null;
            }} />
            {v.signoffs.list.length > 0 && (
              <>
                <h3>{say(SIGNOFF_TEXT.history, lang)}</h3>
                <SignoffList entries={v.signoffs.list} withTitles />
              </>
            )}
          </section>
        </div>
      </div>
    </div>
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
