import type { ReactNode } from 'react';
import { msg } from '../i18n/messages';
import { fieldId, useFormStep } from '../form/context';
import { pointerToPath } from '../form/errors';

/** The ids and ARIA attributes that tie a field's input to its help text and its error. */
export interface FieldAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  path: string;
  label: string;
  required?: boolean;
  description?: string;
  /** What the field takes (a number field: "Een getal in %"), under the help text. */
  hint?: string;
  /** Messages joined by newlines, as JSON Forms hands them over. */
  errors?: string;
  /** `group` wraps several inputs (radios, checkboxes, items) in a fieldset with a legend. */
  variant?: 'single' | 'group' | 'check';
  className?: string;
  children: (aria: FieldAria) => ReactNode;
}

/** The required mark: a visible star, and for groups (which have no aria-required) the word itself. */
export function RequiredMark({ spoken }: { spoken: boolean }) {
  const { lang } = useFormStep();
  return (
    <>
      <span className="kf-required" aria-hidden="true"> *</span>
      {spoken && <span className="kf-sr-only"> ({msg('requiredMark', lang)})</span>}
    </>
  );
}

/** One error message per line, marked so it is not told by colour alone. */
export function FieldErrors({ id, errors }: { id: string; errors: string }) {
  return (
    <div className="kf-error" id={id}>
      {errors.split('\n').filter(Boolean).map((line, i) => (
        <p key={i}><span className="kf-error__icon" aria-hidden="true">!</span>{line}</p>
      ))}
    </div>
  );
}

/** A form rule's warning at its field: said, not only coloured; it never stops anyone. */
export function FieldWarnings({ id, warnings }: { id: string; warnings: string[] }) {
  const { lang } = useFormStep();
  return (
    <div className="kf-warning" id={id}>
      {warnings.map((line, i) => (
        <p key={i}><span className="kf-warning__icon" aria-hidden="true">!</span><span className="kf-sr-only">{msg('warning', lang)}: </span>{line}</p>
      ))}
    </div>
  );
}

/**
 * The frame every field shares: label (with required mark), help text under the label, the error (above the
 * input, where it stays in view when a phone keyboard opens) and the input, all tied together with ARIA.
 */
export function Field({ path, label, required, description, hint, errors, variant = 'single', className, children }: FieldProps) {
  const { idPrefix, warnings: allWarnings, lang, carried } = useFormStep();
  const id = fieldId(idPrefix, path);
  const warnings = allWarnings.filter((w) => pointerToPath(w.path) === path).map((w) => w.message[lang] || w.message.nl);
  const helpId = description ? `${id}-help` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors ? `${id}-error` : undefined;
  const warningId = warnings.length > 0 ? `${id}-warning` : undefined;
  const carriedText = Object.hasOwn(carried, path) ? carried[path] : undefined;
  const carriedId = carriedText ? `${id}-carried` : undefined;
  const describedBy = [helpId, hintId, carriedId, errorId, warningId].filter(Boolean).join(' ') || undefined;
  const classes = ['kf-field', `kf-field--${variant}`, errors ? 'kf-field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  const help = description || hint || carriedText ? (
    <>
      {description && <p className="kf-help" id={helpId}>{description}</p>}
      {hint && <p className="kf-help kf-help--hint" id={hintId}>{hint}</p>}
      {carriedText && <p className="kf-carried" id={carriedId}><span aria-hidden="true">↳ </span>{carriedText}</p>}
    </>
  ) : null;
  const error = (
    <>
      {errors && errorId ? <FieldErrors id={errorId} errors={errors} /> : null}
      {warningId ? <FieldWarnings id={warningId} warnings={warnings} /> : null}
    </>
  );

  if (variant === 'group') {
    return (
      <fieldset className={classes} data-kf-path={path} aria-describedby={describedBy} id={`${id}-group`}>
        <legend className="kf-label">{label}{required && <RequiredMark spoken />}</legend>
        {help}
        {error}
        {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(errors ? { 'aria-invalid': true } : {}) })}
      </fieldset>
    );
  }
  const aria: FieldAria = { id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(errors ? { 'aria-invalid': true } : {}) };
  if (variant === 'check') {
    return (
      <div className={classes} data-kf-path={path}>
        {error}
        <div className="kf-check">
          {children(aria)}
          <label className="kf-check__label" htmlFor={id}>{label}{required && <RequiredMark spoken={false} />}</label>
        </div>
        {help}
      </div>
    );
  }
  return (
    <div className={classes} data-kf-path={path}>
      <label className="kf-label" htmlFor={id}>{label}{required && <RequiredMark spoken={false} />}</label>
      {help}
      {error}
      {children(aria)}
    </div>
  );
}

/** A field in read-only mode: its label and the answer as text. */
export function ReadonlyField({ path, label, children }: { path: string; label: string; children: ReactNode }) {
  const { idPrefix } = useFormStep();
  const id = `${fieldId(idPrefix, path)}-label`;
  return (
    <div className="kf-field kf-field--readonly" data-kf-path={path} role="group" aria-labelledby={id}>
      <div className="kf-label" id={id}>{label}</div>
      <div className="kf-value">{children}</div>
    </div>
  );
}
