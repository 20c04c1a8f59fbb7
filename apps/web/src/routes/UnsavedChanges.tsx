import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useLang } from '../i18n/lang';
import './unsaved.css';

/**
 * The "u hebt niet-opgeslagen wijzigingen" guard: while `when` holds, leaving the page through the app (a link,
 * back/forward) asks first in a dialog, and closing or reloading the tab gets the browser's own question.
 * `flush`, if given, is tried first when the reader leaves (an autosave that had not run yet): when it stores the
 * input the reader goes on without a question; only when it cannot does the dialog ask.
 *
 * @example <UnsavedChanges when={email !== '' && !create.isSuccess} />
 */
export function UnsavedChanges({ when, flush }: { when: boolean; flush?: () => Promise<boolean> }) {
  const { appText } = useLang();
  const id = useId();
  // The blocker is registered once; it reads the latest answers from here.
  const latest = useRef({ when, flush });
  latest.current = { when, flush };
  const shouldBlockFn = useCallback(async () => {
    const { when: dirty, flush: store } = latest.current;
    if (!dirty) return false;
    return store ? !(await store().catch(() => false)) : true;
  }, []);
  const enableBeforeUnload = useCallback(() => latest.current.when, []);
  const blocker = useBlocker({ shouldBlockFn, enableBeforeUnload, withResolver: true });
  const dialog = useRef<HTMLDialogElement>(null);
  const blocked = blocker.status === 'blocked';
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
        blocker.reset?.();
      }}>
      <h2 id={`${id}-title`} className="unsaved__title">{appText('unsavedTitle')}</h2>
      <p id={`${id}-text`}>{appText('unsavedText')}</p>
      <div className="unsaved__actions">
        <button type="button" className="button" autoFocus onClick={() => blocker.reset?.()}>{appText('unsavedStay')}</button>
        <button type="button" className="button button--secondary" onClick={() => blocker.proceed?.()}>{appText('unsavedLeave')}</button>
      </div>
    </dialog>
  );
}
