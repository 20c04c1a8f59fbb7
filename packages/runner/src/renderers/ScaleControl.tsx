import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { msg } from '../i18n/messages';
import { useFormStep } from '../form/context';
import { Field, ReadonlyField } from './Field';
import { isEmptyValue } from './format';

/** The whole numbers of a scale, lowest first. */
export function scaleSteps(minimum: number, maximum: number): number[] {
  const steps: number[] = [];
  for (let n = minimum; n <= maximum; n++) steps.push(n);
  return steps;
}

/**
 * A 1-10 scale as a row of radio buttons that look like one segmented control: every value visible, one tap
 * or arrow key to choose, and a screen reader hears the field's label with "7 van 10". What the ends mean is
 * the form's to say (in the help text), so the control adds no "low/high" words of its own.
 */
export function ScaleControl(props: ControlProps) {
  const { data, path, label, description, required, errors, visible, enabled, schema, handleChange } = props;
  const { lang, readonly } = useFormStep();
  if (!visible) return null;
  const min = schema.minimum ?? 1;
  const max = schema.maximum ?? 10;

  if (readonly) {
    return (
      <ReadonlyField path={path} label={label}>
        {isEmptyValue(data)
          ? <span className="kf-value--empty">{msg('notFilled', lang)}</span>
          : <span className="kf-scale-value">{msg('scaleValue', lang, { value: String(data), max })}</span>}
      </ReadonlyField>
    );
  }

  return (
    <Field path={path} label={label} required={required} description={description} errors={errors} variant="group"
      className="kf-field--scale">
      {(aria) => (
        <>
          <div className="kf-scale" data-steps={max - min + 1}>
            {scaleSteps(min, max).map((n, i) => (
              <label key={n} className="kf-scale__option">
                <input type="radio" name={aria.id} id={i === 0 ? aria.id : undefined} value={n} checked={data === n}
                  disabled={!enabled} aria-label={msg('scaleValue', lang, { value: n, max })}
                  {...(aria['aria-invalid'] ? { 'aria-invalid': true } : {})}
                  onChange={() => handleChange(path, n)} />
                <span aria-hidden="true">{n}</span>
              </label>
            ))}
          </div>
          {!required && data !== undefined && enabled && (
            <button type="button" className="kf-link" onClick={() => handleChange(path, undefined)}>
              {msg('clear', lang)}
            </button>
          )}
        </>
      )}
    </Field>
  );
}

export const ScaleControlRenderer = withJsonFormsControlProps(ScaleControl);
