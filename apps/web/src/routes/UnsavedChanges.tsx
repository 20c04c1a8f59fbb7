import { useEffect, useId, useRef, useState } from 'react';
import { useLang } from '../i18n/lang';
import { addBlocker } from './location';
import './unsaved.css';

/**
 * The "u hebt niet-opgeslagen wijzigingen" guard: while `when` holds, leaving the page through the app (a link,
 * back/forward) asks first in a dialog, and closing or reloading the tab gets the browser's own question.
 * `flush`, if given, is tried first when the reader leaves (an autosave that had not run yet): when it stores the
 * input the reader goes on without a question; only when it cannot does the dialog ask. In-app navigation goes
 * through routes/location.ts, which asks every registered guard; back/forward first put the page's address back.
 *
 * @example <UnsavedChanges when={email !== '' && !create.isSuccess} />
 */
export function UnsavedChanges({ when, flush }: { when: boolean; flush?: () => Promise<boolean> }) {
  const { appText } = useLang();
  const id = useId();
  // The guard is registered while mounted; it reads the latest answers from here.
  const latest = useRef({ when, flush });
  latest.current = { when, flush };
  // While the dialog is open: how to answer the navigation that waits for it.
  const [answer, setAnswer] = useState<((leave: boolean) => void) | undefined>();
  useEffect(() => addBlocker(async () => {
    const { when: dirty, flush: store } = latest.current;
    if (!dirty) return true;
    if (store && (await store().catch(() => false))) return true;
    return new Promise<boolean>((resolve) => setAnswer(() => (leave: boolean) => {
      setAnswer(undefined);
      resolve(leave);
    }));
  }), []);
  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);
  const dialog = useRef<HTMLDialogElement>(null);
  const blocked = answer !== undefined;
  useEffect(() => {
    const el = dialog.current;
    if (blocked && el && !el.open) el.showModal();
    if (!blocked && el?.open) el.close();
  }, [blocked]);

  return (
    <dialog ref={dialog} className="unsaved" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}
      // Escape means: stay.
      onCancel={(e) => {
        e.preventDefault();
        answer?.(false);
      }}>
      <h2 id={`${id}-title`} className="unsaved__title">{appText('unsavedTitle')}</h2>
      <p id={`${id}-text`}>{appText('unsavedText')}</p>
      <div className="unsaved__actions">
        <button type="button" className="button" autoFocus onClick={() => answer?.(false)}>{appText('unsavedStay')}</button>
        <button type="button" className="button button--secondary" onClick={() => answer?.(true)}>{appText('unsavedLeave')}</button>
      </div>
    </dialog>
  );
}
