import { type ReactNode, useRef, useState } from 'react';
import type { Localized } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { type Plainer, type Refusal, refusalOf } from './api';

/**
 * A labelled form field with its hint and its error right below it, tied together with aria-describedby and
 * aria-invalid so a screen reader reads the error with the field.
 */
export function Field({ id, label, hint, error, children }: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`invite-field${error ? ' invite-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="invite-field__hint" id={`${id}-hint`}>{hint}</p>}
      {children({ id, ...(described ? { 'aria-describedby': described } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error && <p className="invite-field__error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

/** Moves the focus to the first field that has an error, after React has drawn it. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * The refusal state of a form sent to the API (its pending state is the mutation's): the server's messages per
 * field and in general, in the reader's language. `send` runs the request; a refusal lands on the fields it
 * names (made plainer by `plainer`) and the focus moves to the first of them, unless `onRefused` takes it.
 */
export function useServerForm(fields: readonly string[], plainer: Plainer = {}) {
  const { lang } = useLang();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, Localized>>({});
  const [general, setGeneral] = useState<Localized | undefined>();
  /** Shows these field messages (and a general one, if any) and moves the focus to the first field with one. */
  const showErrors = (found: Record<string, Localized>, about?: Localized) => {
    setErrors(found);
    setGeneral(about);
    focusFirstInvalid(form.current);
  };
  const send = async (request: () => Promise<void>, onRefused?: (refusal: Refusal) => boolean) => {
    setErrors({});
    setGeneral(undefined);
    try {
      await request();
    } catch (error) {
      const refusal = refusalOf(error, fields, plainer);
      if (!onRefused?.(refusal)) showErrors(refusal.fields, refusal.general);
    }
  };
  const text = (path: string) => errors[path]?.[lang] || errors[path]?.nl;
  return { form, general, text, send, showErrors };
}
