import { useEffect, useId, useRef, useState } from 'react';
import { textIn } from '@koers/engine';
import type { EventOption } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import './confirm.css';

/** What the person answered: go on (with the reason, when one is asked), or stop. */
export type ConfirmAnswer = { go: true; reason?: string } | { go: false };

/**
 * Asks before a consequential event is sent (its `confirm` from the API): what will happen, and a reason where the
 * definition asks for one. The browser's own modal `<dialog>`: focus stays inside, Escape cancels, the page behind
 * is inert; focus goes back to the button that opened it. A required reason left empty refuses, in words.
 */
export function ConfirmEvent({ event, onAnswer }: { event: EventOption & { confirm: NonNullable<EventOption['confirm']> }; onAnswer: (answer: ConfirmAnswer) => void }) {
  const { appText, lang } = useLang();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const asked = event.confirm.reason;
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => {
      el?.close();
      opener?.focus();
    };
  }, []);
  const go = () => {
    if (asked === 'required' && reason.trim() === '') {
      setMissing(true);
      return;
    }
    onAnswer({ go: true, ...(asked && reason.trim() !== '' ? { reason: reason.trim() } : {}) });
  };
  return (
    <dialog ref={dialog} className="confirm-event" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`}
      onCancel={(e) => {
        e.preventDefault();
        onAnswer({ go: false });
      }}>
      <h2 id={`${id}-title`} className="confirm-event__title">{textIn(event.label, lang)}?</h2>
      <div id={`${id}-what`}>
        {event.confirm.text && <p>{textIn(event.confirm.text, lang)}</p>}
        <p className="confirm-event__lead">{appText('confirmWhatHappens')}</p>
        <ul className="confirm-event__list">
          {event.confirm.consequences.map((c, i) => <li key={i}>{textIn(c, lang)}</li>)}
        </ul>
      </div>
      {asked && (
        <div className="confirm-event__reason">
          <label htmlFor={`${id}-reason`}>
            {appText(asked === 'required' ? 'confirmReasonRequired' : 'confirmReasonOptional')}
          </label>
          <textarea id={`${id}-reason`} autoFocus rows={3} maxLength={2000} value={reason} required={asked === 'required'}
            aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-missing` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              if (e.target.value.trim() !== '') setMissing(false);
            }} />
          {missing && <p id={`${id}-missing`} className="confirm-event__problem" role="alert">{appText('confirmReasonMissing')}</p>}
        </div>
      )}
      <div className="confirm-event__actions">
        <button type="button" className="button" onClick={go}>{appText('confirmGo', { label: textIn(event.label, lang) })}</button>
        <button type="button" className="button button--secondary" autoFocus={!asked} onClick={() => onAnswer({ go: false })}>{appText('confirmCancel')}</button>
      </div>
    </dialog>
  );
}

/**
 * Sends an event, asking first when it asks for confirmation: `ask(event, send)` sends at once or opens the dialog,
 * and `dialog` is the element to render (null while nothing is asked).
 */
export function useConfirmedSend() {
  const [pending, setPending] = useState<{ event: EventOption; send: (reason?: string) => void } | undefined>();
  const ask = (event: EventOption, send: (reason?: string) => void) => {
    if (event.confirm) setPending({ event, send });
    else send();
  };
  const confirmable = pending?.event.confirm ? { ...pending.event, confirm: pending.event.confirm } : undefined;
  const dialog = pending && confirmable ? (
    <ConfirmEvent event={confirmable} onAnswer={(answer) => {
      setPending(undefined);
      if (answer.go) pending.send(answer.reason);
    }} />
  ) : null;
  return { ask, dialog };
}
