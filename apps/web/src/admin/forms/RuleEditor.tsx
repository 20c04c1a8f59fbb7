import { useId } from 'react';
import type { JsonObject, JsonValue, Lang } from '@koers/engine';
import { choiceOptions } from '../model/form-choices';
import { fieldText } from '../model/form-field-edit';
import { fieldKey, fieldsUnder, kindOf, schemaNode } from '../model/form-fields';
import type { Keys } from '../model/form-layout';
import { readRule, writeRule, type ShowRule } from '../model/form-rule';
import { t } from './messages';

const CONDITION_KINDS = new Set(['choice', 'yesno', 'checkbox', 'scale', 'integer', 'text']);

/** The values a condition field can be compared with: its options, yes/no, or the numbers of a scale. */
function valuesOf(form: JsonObject, field: string, lang: Lang): { value: JsonValue; label: string }[] {
  const kind = kindOf(schemaNode(form, field));
  if (kind === 'choice' || kind === 'yesno') return choiceOptions(form, field).map((o) => ({ value: o.value, label: (lang === 'en' && o.en) || o.nl || String(o.value) }));
  if (kind === 'checkbox') return [{ value: true, label: t(lang, 'yes') }, { value: false, label: t(lang, 'no') }];
  if (kind === 'scale') return Array.from({ length: 10 }, (_, i) => ({ value: i + 1, label: String(i + 1) }));
  return [];
}

/**
 * "Toon dit veld als …": show or hide the element when another field of the same level has one of the chosen
 * values. A rule of another shape is kept and said to be kept.
 */
export function RuleEditor({ form, element, base, self, onChange, lang }: {
  form: JsonObject; element: Keys; base: string; self: string | undefined; onChange: (form: JsonObject) => void; lang: Lang;
}) {
  const ids = { effect: useId(), field: useId(), value: useId() };
  const rule = readRule(form, element, base);
  if (rule === 'custom') return <p className="fb-help fb-rule">{t(lang, 'ruleCustom')}</p>;
  const candidates = fieldsUnder(form, base).filter((f) => f.pointer !== self && CONDITION_KINDS.has(kindOf(f.schema)));
  const write = (next: ShowRule | undefined) => onChange(writeRule(form, element, base, next));
  const values = rule ? valuesOf(form, rule.field, lang) : [];
  const first = (field: string): JsonValue[] => {
    const options = valuesOf(form, field, lang);
    return [options[0]?.value ?? ''];
  };
  return (
    <fieldset className="fb-rule">
      <legend>{t(lang, 'showWhen')}</legend>
      <div className="fb-rule__row">
        <select id={ids.effect} className="fb-input" aria-label={t(lang, 'showWhen')} value={rule?.effect ?? ''}
          onChange={(e) => {
            const effect = e.target.value;
            if (effect === '') return write(undefined);
            const field = rule?.field ?? candidates[0]?.pointer;
            if (field !== undefined) write({ effect: effect as ShowRule['effect'], field, values: rule?.values ?? first(field) });
          }}>
          <option value="">{t(lang, 'ruleNone')}</option>
          <option value="SHOW" disabled={!rule && candidates.length === 0}>{t(lang, 'ruleShow')}</option>
          <option value="HIDE" disabled={!rule && candidates.length === 0}>{t(lang, 'ruleHide')}</option>
        </select>
        {rule && (
          <>
            <label htmlFor={ids.field} className="fb-sr-only">{t(lang, 'ruleField')}</label>
            <select id={ids.field} className="fb-input" value={rule.field}
              onChange={(e) => write({ ...rule, field: e.target.value, values: first(e.target.value) })}>
              {!candidates.some((c) => c.pointer === rule.field) && <option value={rule.field}>{fieldKey(rule.field)}</option>}
              {candidates.map((c) => <option key={c.pointer} value={c.pointer}>{fieldText(form, c.pointer, 'label', lang) || c.key}</option>)}
            </select>
            <label htmlFor={ids.value}>{t(lang, 'ruleValue')}</label>
            {values.length > 0 ? (
              <select id={ids.value} className="fb-input" multiple={values.length > 2}
                value={values.length > 2 ? rule.values.map((v) => JSON.stringify(v)) : JSON.stringify(rule.values[0])}
                onChange={(e) => {
                  const chosen = [...e.target.selectedOptions].map((o) => JSON.parse(o.value) as JsonValue);
                  if (chosen.length > 0) write({ ...rule, values: chosen });
                }}>
                {values.map((v) => <option key={JSON.stringify(v.value)} value={JSON.stringify(v.value)}>{v.label}</option>)}
              </select>
            ) : (
              <input id={ids.value} className="fb-input" value={String(rule.values[0] ?? '')}
                onChange={(e) => {
                  const number = Number(e.target.value);
                  const numeric = kindOf(schemaNode(form, rule.field)) === 'integer';
                  write({ ...rule, values: [numeric && e.target.value !== '' && !Number.isNaN(number) ? number : e.target.value] });
                }} />
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}
