import { useId } from 'react';
import type { JsonObject, JsonValue, Lang } from '@koers/engine';
import { elementOption, schemaValue, setElementOption, setSchemaValue } from '../model/form-field-edit';
import { fieldsUnder, type FieldKind } from '../model/form-fields';
import type { LayoutItem } from '../model/form-layout';
import { CheckField, NumberField, TextField } from './inputs';
import { t, type TextKey } from './messages';

const LIMITS: Partial<Record<FieldKind, [string, TextKey][]>> = {
  text: [['minLength', 'minLength'], ['maxLength', 'maxLength']],
  textarea: [['minLength', 'minLength'], ['maxLength', 'maxLength']],
  number: [['minimum', 'min'], ['maximum', 'max'], ['multipleOf', 'step']],
  integer: [['minimum', 'min'], ['maximum', 'max']],
  multi: [['minItems', 'minItems'], ['maxItems', 'maxItems']],
  group: [['minItems', 'minItems'], ['maxItems', 'maxItems']],
  list: [['minItems', 'minItems'], ['maxItems', 'maxItems']],
};

/**
 * The limits that fit the kind (length, value, number of items), the default value, and how the runner shows
 * the field: several lines for text, radio buttons or a drop-down for a choice, the title of each group item.
 */
export function Constraints({ form, pointer, kind, control, onChange, lang }: {
  form: JsonObject; pointer: string; kind: FieldKind; control: LayoutItem | undefined;
  onChange: (form: JsonObject) => void; lang: Lang;
}) {
  const styleId = useId();
  const titleId = useId();
  const number = (keyword: string) => {
    const value = schemaValue(form, pointer, keyword);
    return typeof value === 'number' ? value : undefined;
  };
  const option = (name: string) => (control ? elementOption(form, control.keys, name) : undefined);
  const setOption = (name: string, value: JsonValue | undefined) => control && onChange(setElementOption(form, control.keys, name, value));
  const fallback = schemaValue(form, pointer, 'default');
  const itemFields = kind === 'group' ? fieldsUnder(form, `${pointer}/items`).filter((f) => f.schema.type === 'string') : [];

  return (
    <div className="fb-constraints">
      {(LIMITS[kind] ?? []).map(([keyword, label]) => (
        <NumberField key={`${pointer}${keyword}`} label={t(lang, label)} value={number(keyword)} integer={keyword !== 'multipleOf' && kind !== 'number'}
          onChange={(v) => onChange(setSchemaValue(form, pointer, keyword, v))} />
      ))}
      {(kind === 'text' || kind === 'textarea') && control && (
        <CheckField label={t(lang, 'multiLine')} checked={option('multi') === true}
          onChange={(on) => setOption('multi', on ? true : undefined)} />
      )}
      {(kind === 'text' || kind === 'textarea') && (
        <TextField label={t(lang, 'defaultValue')} value={typeof fallback === 'string' ? fallback : ''}
          onChange={(v) => onChange(setSchemaValue(form, pointer, 'default', v === '' ? undefined : v))} />
      )}
      {(kind === 'number' || kind === 'integer' || kind === 'scale') && (
        <NumberField key={`${pointer}default`} label={t(lang, 'defaultValue')} integer={kind !== 'number'}
          value={typeof fallback === 'number' ? fallback : undefined}
          onChange={(v) => onChange(setSchemaValue(form, pointer, 'default', v))} />
      )}
      {kind === 'choice' && control && (
        <div className="fb-field">
          <label htmlFor={styleId}>{t(lang, 'choiceStyle')}</label>
          <select id={styleId} className="fb-input" value={String(option('format') ?? '')}
            onChange={(e) => setOption('format', e.target.value === '' ? undefined : e.target.value)}>
            <option value="">{t(lang, 'styleAuto')}</option>
            <option value="radio">{t(lang, 'styleRadio')}</option>
            <option value="select">{t(lang, 'styleSelect')}</option>
          </select>
        </div>
      )}
      {kind === 'group' && control && itemFields.length > 0 && (
        <div className="fb-field">
          <label htmlFor={titleId}>{t(lang, 'itemTitle')}</label>
          <select id={titleId} className="fb-input" value={String(option('elementLabelProp') ?? '')}
            onChange={(e) => setOption('elementLabelProp', e.target.value === '' ? undefined : e.target.value)}>
            <option value="">{t(lang, 'itemTitleNone', { noun: String(schemaValue(form, pointer, 'title') ?? '') })}</option>
            {itemFields.map((f) => <option key={f.key} value={f.key}>{typeof f.schema.title === 'string' ? f.schema.title : f.key}</option>)}
          </select>
        </div>
      )}
    </div>
  );
}
