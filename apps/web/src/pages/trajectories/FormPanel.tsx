import { useCallback, useMemo, useRef, useState } from 'react';
import { getAtPointer, textIn, type JsonObject, type Localized } from '@koers/engine';
import { FormStep, withoutResolved, type FormError } from '@koers/runner';
import { ApiFailure } from '../../api/client';
import { draftConflictOf, formDefinition, type EventOption, type FormView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useSaveDraft, useSendEvent } from '../../queries/trajectories';
import { UnsavedChanges } from '../../routes/UnsavedChanges';
import { newKey } from './format';
import { missingFieldLabels } from './required';
import { useAutosave } from './useAutosave';
import { formCheck } from './form-check';
import { ReadersNote } from './ReadersNote';
import { useConfirmedSend } from './ConfirmEvent';

export interface Outcome { kind: 'sent'; label: string }

// One empty list for every render: a new one each time would make JSON Forms re-run and hand back the data as new.
const NO_ERRORS: FormError[] = [];

/**
 * One open form of the current step: rendered with FormStep from the draft (or the last submitted answer),
 * autosaved a second after the last change, with the events that submit it as buttons. A 422 puts the
 * server's Dutch messages next to the fields; a 409 asks the page to reload.
 */
export function FormPanel({ trajectoryId, version, form, events, onSent, onConflict }: {
  trajectoryId: string; version: number; form: FormView; events: EventOption[];
  onSent: (label: string) => void; onConflict: () => void;
}) {
  const { appText, lang } = useLang();
  // A form no event of mine submits is there for reference (filled in earlier): read-only.
  const editable = form.editable && events.length > 0;
  // With no draft and no submission, the form starts from the answers that carry over (`meta.prefill`); the first
  // autosave stores them with whatever the participant changed.
  const [data, setData] = useState<JsonObject>(() => (editable ? form.draft?.data ?? form.submitted ?? form.prefill?.data : form.submitted ?? form.draft?.data) ?? {});
  const carried = useMemo(() => carriedStill(form.prefill, data), [form.prefill, data]);
  const send = useSendEvent(trajectoryId);
  const draft = useSaveDraft(trajectoryId, form.id);
  // The draft version this page builds on; a colleague's newer save is a conflict, not silently overwritten.
  const base = useRef<string | null>(form.draft?.updatedAt ?? null);
  const [clash, setClash] = useState<{ theirs: ReturnType<typeof draftConflictOf>; message: string } | undefined>();
  const save = useCallback(async (d: JsonObject) => {
    try {
      const saved = await draft.mutateAsync({ data: d, base: base.current });
      base.current = saved.updatedAt;
      setClash(undefined);
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 409) {
        setClash({ theirs: draftConflictOf(error.error.details), message: textIn(error.error.message, lang) });
      }
      throw error;
    }
  }, [draft.mutateAsync, lang]);
  const autosave = useAutosave(data, save, editable);
  const takeTheirs = () => {
    if (!clash) return;
    base.current = clash.theirs?.updatedAt ?? null;
    autosave.skipNext();
    setData(clash.theirs?.data ?? {});
    setClash(undefined);
  };
  const keepMine = () => {
    base.current = clash?.theirs?.updatedAt ?? null;
    autosave.saveNow();
  };
  const definition = useState(() => formDefinition(form))[0];
  // The form's validator, built as the engine builds it: the browser refuses what the server would, word for word.
  const check = useState(() => formCheck(form))[0];
  // The event last tried and how often a submit was refused (each refusal moves the focus to the list of problems).
  const [tried, setTried] = useState<{ event: EventOption; refusals: number }>();
  const local = useMemo(() => (tried ? check(data, tried.event.requiredFields ?? []) : NO_ERRORS), [tried, check, data]);

  const confirmed = useConfirmedSend();
  const submit = (event: EventOption) => {
    const refusals = tried?.refusals ?? 0;
    if (check(data, event.requiredFields ?? []).length > 0) {
      send.reset();
      setTried({ event, refusals: refusals + 1 });
      return;
    }
    setTried({ event, refusals });
    // A consequential event asks first (its `confirm`); cancelling sends nothing and leaves the draft as it is.
    confirmed.ask(event, (reason) => {
      autosave.cancel();
      send.mutate({ body: { type: event.type, data, expectedVersion: version, ...(reason ? { reason } : {}) }, key: newKey() }, {
        onSuccess: () => onSent(textIn(event.label, lang)),
        onError: (error) => {
          if (error instanceof ApiFailure && error.status === 409) onConflict();
          else setTried({ event, refusals: refusals + 1 });
        },
      });
    });
  };
  // A refused submit: the browser's own check (live while it is put right), else the server's messages next to the
  // fields (422), else its message above the form.
  const refused = send.error instanceof ApiFailure && send.error.status === 409 ? undefined : send.error;
  const fromServer = refused instanceof ApiFailure && refused.status === 422 ? refused.error.fieldErrors ?? NO_ERRORS : NO_ERRORS;
  const errors = local.length > 0 ? local : fromServer;
  // Once every refused field is put right (a form rule that holds again), "fix the marked fields" has nothing to point at.
  const open = errors.length > 0 && withoutResolved(errors, definition, data).length > 0;
  const problem = local.length > 0 ? appText('fixFields') : !refused || (errors.length > 0 && !open) ? undefined : open ? appText('fixFields')
    : refused instanceof ApiFailure ? textIn(refused.error.message, lang) : String(refused);
  const busy = send.isPending;

  const status = autosave.state;
  // A form the viewer's roles may not read (formAccess): its title and who may read it, never its answers.
  if (!form.readable) {
    return (
      <section className="form-panel" aria-labelledby={`form-${form.id}-title`}>
        <h3 id={`form-${form.id}-title`} className="form-panel__title">{textIn(form.title, lang)}</h3>
        <p className="form-panel__note">{appText('notYourForm')}</p>
        <ReadersNote access={form.access} fields={false} />
      </section>
    );
  }
  return (
    <section className="form-panel" aria-labelledby={`form-${form.id}-title`}>
      {/* What autosave has not stored yet, and not being submitted or sent: leaving asks first. */}
      <UnsavedChanges when={editable && autosave.unsaved && (send.isIdle || send.isError)} flush={autosave.flush} />
      <h3 id={`form-${form.id}-title`} className="form-panel__title">{textIn(form.title, lang)}</h3>
      {/* How to fill it in, only where it is filled in: a form shown for reference would repeat the step's instructions. */}
      {form.description && editable && <p className="form-panel__description">{textIn(form.description, lang)}</p>}
      <ReadersNote access={form.access} />
      {!editable && <p className="form-panel__note">{form.submitted ? appText('earlierForm') : appText('readOnlyForm')}</p>}
      {problem && <p className="form-panel__problem" role="alert">{problem}</p>}
      <FormStep form={definition} data={data} onChange={setData} lang={lang} readonly={!editable}
        errors={errors} showHeader={false} carried={carried} focusSummary={tried?.refusals} carriedFrom={form.prefill?.from} />
      {editable && (
        <div className="form-panel__footer">
          {clash && (
            <div className="form-panel__problem form-panel__clash" role="alert">
              <p>{clash.message}</p>
              <div className="form-panel__actions">
                {clash.theirs ? (
                  <>
                    <button type="button" className="button button--secondary" onClick={takeTheirs}>
                      {appText('takeTheirs', { name: clash.theirs.updatedBy?.name ?? appText('someoneElse') })}
                    </button>
                    <button type="button" className="button" onClick={keepMine}>{appText('keepMine')}</button>
                  </>
                ) : (
                  // The form was submitted meanwhile: the trajectory moved on, so the page needs its new state.
                  <button type="button" className="button" onClick={onConflict}>{appText('reloadTrajectory')}</button>
                )}
              </div>
            </div>
          )}
          <p className={`save-state save-state--${status.kind}`} role="status">
            {status.kind === 'saving' ? appText('saving') : status.kind === 'saved' ? appText('saved')
              : status.kind === 'failed' && !clash ? appText('saveFailed', { reason: status.reason }) : ''}
          </p>
          {confirmed.dialog}
          <div className="form-panel__actions">
            {events.map((event) => {
              // Required fields still empty: the button waits, and says what for. The server checks the rest (422).
              const missing = missingFieldLabels(definition, data, event.requiredFields ?? [], lang);
              const reasonId = `reason-${form.id}-${event.type}`;
              return (
                <div key={event.type} className="form-panel__action">
                  <button type="button" className="button" disabled={busy || missing.length > 0}
                    aria-disabled={missing.length > 0 || undefined} aria-describedby={missing.length > 0 ? reasonId : undefined}
                    onClick={() => submit(event)}>
                    {textIn(event.label, lang)}
                  </button>
                  {missing.length > 0 && (
                    <p id={reasonId} className="form-panel__reason">{appText('fillInFirst', { fields: missing.join(', ') })}</p>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

/** The carried-over fields that still hold the carried value: a field the participant changed is theirs. */
function carriedStill(prefill: FormView['prefill'], data: JsonObject): Record<string, Localized> {
  if (!prefill) return {};
  return Object.fromEntries(Object.entries(prefill.sources)
    .filter(([pointer]) => JSON.stringify(getAtPointer(data, pointer)) === JSON.stringify(getAtPointer(prefill.data, pointer))));
}
