import { useEffect, useState } from 'react';
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { useFormStep } from '../form/context';
import { Field, ReadonlyField, type FieldAria } from './Field';
import { formatValue, isEmptyValue } from './format';
import { fieldKind } from './testers';
import { numberHint, unitOf } from './number-hint';

/** Text, long text, date, e-mail, web address, number and yes/no fields. */
export function FieldControl(props: ControlProps) {
  const { data, path, label, description, required, errors, visible, enabled, schema, uischema, handleChange } = props;
  const { lang, readonly } = useFormStep();
  const kind = fieldKind(schema, uischema.options);
  if (!visible || !kind) return null;

  if (readonly) {
    return (
      <ReadonlyField path={path} label={label}>
        <span className={isEmptyValue(data) ? 'kf-value--empty' : kind === 'textarea' ? 'kf-value--long' : undefined}>
          {formatValue(kind, data, lang)}
        </span>
      </ReadonlyField>
    );
  }

  const set = (value: unknown) => handleChange(path, value);
  const numeric = kind === 'number' || kind === 'integer';
  const unit = numeric ? unitOf(uischema.options, lang) : undefined;
  const text = (value: string) => set(value === '' ? undefined : value);
  const common = (aria: FieldAria) => ({ ...aria, disabled: !enabled, ...(required ? { 'aria-required': true as const } : {}) });

  return (
    <Field
      path={path}
      label={label}
      required={required}
      description={description}
      hint={numeric ? numberHint(schema, unit, lang) : undefined}
      errors={errors}
      variant={kind === 'boolean' ? 'check' : 'single'}
      className={`kf-field--${kind}`}
    >
      {(aria) => {
        switch (kind) {
          case 'textarea':
            return <textarea {...common(aria)} className="kf-input kf-textarea" rows={4} value={asText(data)}
              maxLength={schema.maxLength} onChange={(e) => text(e.target.value)} />;
          case 'boolean':
            return <input {...common(aria)} type="checkbox" className="kf-checkbox" checked={data === true}
              onChange={(e) => set(e.target.checked)} />;
          case 'number':
          case 'integer':
            return <NumberInput aria={common(aria)} value={data} integer={kind === 'integer'}
              decimalComma={lang === 'nl'} onChange={set} unit={unit} />;
          default:
            return <input {...common(aria)} className={`kf-input kf-input--${kind}`} value={asText(data)}
              type={kind === 'text' ? 'text' : kind} maxLength={schema.maxLength}
              autoComplete={kind === 'email' ? 'email' : 'off'} onChange={(e) => text(e.target.value)} />;
        }
      }}
    </Field>
  );
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

interface NumberInputProps {
  aria: FieldAria & { disabled: boolean };
  value: unknown;
  integer: boolean;
  decimalComma: boolean;
  onChange: (value: unknown) => void;
  /** Shown after the box ("%"); the hint under the label says it to a screen reader. */
  unit?: string | undefined;
}

/**
 * A number box that keeps what is typed (`2,` on the way to `2,5`) as text and reports the number only when
 * the text is one; a controlled `type=number` input would throw the half-typed decimal away, and would not take
 * the Dutch decimal comma everywhere. Text that is no number is passed on as text, so validation can say so.
 */
function NumberInput({ aria, value, integer, decimalComma, onChange, unit }: NumberInputProps) {
  const show = (v: unknown) => (typeof v === 'number' ? (decimalComma ? String(v).replace('.', ',') : String(v)) : '');
  const [text, setText] = useState(() => (typeof value === 'string' ? value : show(value)));
  useEffect(() => {
    // Only outside changes (an example loaded, a reset) overwrite what is being typed.
    if (typeof value !== 'string' && parseNumber(text) !== value) setText(show(value));
  }, [value]);
  const input = (
    <input {...aria} className="kf-input kf-input--number" type="text" inputMode={integer ? 'numeric' : 'decimal'}
      value={text} autoComplete="off"
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        onChange(typed.trim() === '' ? undefined : parseNumber(typed) ?? typed);
      }} />
  );
  if (!unit) return input;
  return <span className="kf-unit">{input}<span className="kf-unit__text" aria-hidden="true">{unit}</span></span>;
}

/** `2,5` and `2.5` both read as 2.5; empty or unreadable text is no answer. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d*\.?\d+$|^-?\d+\.$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

export const FieldControlRenderer = withJsonFormsControlProps(FieldControl);
