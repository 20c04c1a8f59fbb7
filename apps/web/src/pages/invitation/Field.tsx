import type { ReactNode } from 'react';

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
