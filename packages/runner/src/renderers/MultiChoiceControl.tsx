import type { ControlProps, DispatchPropsOfMultiEnumControl, OwnPropsOfEnum } from '@jsonforms/core';
import { withJsonFormsMultiEnumProps } from '@jsonforms/react';
import { msg } from '../i18n/messages';
import { optionLabel } from '../i18n/translate';
import { useFormStep } from '../form/context';
import { Field, ReadonlyField } from './Field';

/** Several choices from a list (an array of unique enum values): a group of checkboxes. */
export function MultiChoiceControl(props: ControlProps & OwnPropsOfEnum & DispatchPropsOfMultiEnumControl) {
  const { data, path, label, description, required, errors, visible, enabled, handleChange } = props;
  const options = props.options ?? [];
  const { lang, readonly } = useFormStep();
  if (!visible) return null;
  const chosen: unknown[] = Array.isArray(data) ? data : [];

  if (readonly) {
    const labels = options.filter((o) => chosen.includes(o.value)).map(optionLabel);
    return (
      <ReadonlyField path={path} label={label}>
        {labels.length === 0
          ? <span className="kf-value--empty">{msg('notFilled', lang)}</span>
          : <ul className="kf-value-list">{labels.map((l) => <li key={l}>{l}</li>)}</ul>}
      </ReadonlyField>
    );
  }

  // Kept in the order of the options, so the stored answer does not depend on the order of clicking.
  const toggle = (value: unknown, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v)));
    handleChange(path, next.length > 0 ? next : undefined);
  };

  return (
    <Field path={path} label={label} required={required} description={description} errors={errors} variant="group"
      className="kf-field--checkboxes">
      {(aria) => (
        <div className="kf-choices">
          {options.map((option, i) => (
            <label key={i} className="kf-choice">
              <input type="checkbox" className="kf-checkbox" id={i === 0 ? aria.id : undefined}
                checked={chosen.includes(option.value)} disabled={!enabled}
                onChange={(e) => toggle(option.value, e.target.checked)} />
              <span>{optionLabel(option)}</span>
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}

export const MultiChoiceControlRenderer = withJsonFormsMultiEnumProps(MultiChoiceControl);
