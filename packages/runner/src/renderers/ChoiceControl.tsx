import type { ControlProps, EnumOption, OwnPropsOfEnum } from '@jsonforms/core';
import { withJsonFormsEnumProps, withJsonFormsOneOfEnumProps } from '@jsonforms/react';
import { msg } from '../i18n/messages';
import { optionLabel } from '../i18n/translate';
import { useFormStep } from '../form/context';
import { Field, ReadonlyField } from './Field';
import { isEmptyValue } from './format';
import { choiceStyle, isInRepeatedItem } from './testers';

/**
 * One choice from a list (`enum`, or `oneOf` with `const`/`title`): radio buttons when the options fit at a
 * glance, a drop-down when there are many or the field repeats in every item of a list.
 */
export function ChoiceControl(props: ControlProps & OwnPropsOfEnum) {
  const { data, path, label, description, required, errors, visible, enabled, uischema, handleChange } = props;
  const options: EnumOption[] = props.options ?? [];
  const { lang, readonly } = useFormStep();
  if (!visible) return null;
  const selected = options.findIndex((o) => o.value === data);

  if (readonly) {
    const chosen = options[selected];
    return (
      <ReadonlyField path={path} label={label}>
        {chosen ? optionLabel(chosen) : isEmptyValue(data)
          ? <span className="kf-value--empty">{msg('notFilled', lang)}</span> : String(data)}
      </ReadonlyField>
    );
  }

  const style = choiceStyle(options.length, isInRepeatedItem(path), uischema.options?.format);
  if (style === 'select') {
    return (
      <Field path={path} label={label} required={required} description={description} errors={errors}
        className="kf-field--select">
        {(aria) => (
          <select {...aria} className="kf-input kf-select" disabled={!enabled} value={selected < 0 ? '' : String(selected)}
            {...(required ? { 'aria-required': true } : {})}
            onChange={(e) => handleChange(path, e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)}>
            <option value="">{msg('choose', lang)}</option>
            {options.map((option, i) => <option key={i} value={String(i)}>{optionLabel(option)}</option>)}
          </select>
        )}
      </Field>
    );
  }

  return (
    <Field path={path} label={label} required={required} description={description} errors={errors} variant="group"
      className="kf-field--radio">
      {(aria) => (
        <>
          <div className="kf-choices">
            {options.map((option, i) => (
              <label key={i} className="kf-choice">
                <input type="radio" className="kf-radio" name={aria.id} id={i === 0 ? aria.id : undefined}
                  checked={i === selected} disabled={!enabled}
                  {...(aria['aria-invalid'] ? { 'aria-invalid': true } : {})}
                  onChange={() => handleChange(path, option.value)} />
                <span>{optionLabel(option)}</span>
              </label>
            ))}
          </div>
          {!required && selected >= 0 && enabled && (
            <button type="button" className="kf-link" onClick={() => handleChange(path, undefined)}>{msg('clear', lang)}</button>
          )}
        </>
      )}
    </Field>
  );
}

export const ChoiceControlRenderer = withJsonFormsEnumProps(ChoiceControl);
export const OneOfChoiceControlRenderer = withJsonFormsOneOfEnumProps(ChoiceControl);
