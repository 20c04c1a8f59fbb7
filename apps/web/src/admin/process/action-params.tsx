import { useId } from 'react';
import { ACTION_SPECS, GUARD_SPECS, type JsonObject, type JsonValue, type Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { dateKeys, formById, formFields, formName } from '../model/condition-fields';
import { ValueInput } from './condition-value';
import { ExpressionText } from './condition-json';
import { paramName } from './action-words';
import { declared, declaredTitle } from './transition-context';
import { CheckboxList, LocalizedFields, SelectField, TextField } from './transition-fields';

const T = {
  choose: { nl: 'Kies', en: 'Choose' },
  kindOfValue: { nl: 'Soort waarde', en: 'Kind of value' },
  fixed: { nl: 'vaste waarde', en: 'fixed value' },
  computed: { nl: 'berekend', en: 'computed' },
  noEventForm: { nl: 'Deze gebeurtenis draagt geen formulier: kies een formulier.', en: 'This event carries no form: choose a form.' },
  thisEvent: { nl: 'de gegevens van deze gebeurtenis', en: 'this event’s data' },
} as const;

/** The first value of a param chosen from a pair (`amount` or `amountField`, `value` or `expr`). */
const FIRST: Record<string, JsonValue> = { number: 1, expression: { var: 'event' } };

const names = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * The params of a guard or action, each edited by its kind (engine ParamSpec): pickers for the counters,
 * budgets, forms, variables, roles and dates the type declares, fields of the right form by their labels, typed values.
 */
export function ParamsEditor({ type, vocabulary, params, onChange, bundle, eventForm, lang }: {
  type: string;
  vocabulary: 'guard' | 'action';
  params: JsonObject;
  onChange: (next: JsonObject) => void;
  bundle: Bundle;
  /** The form the event carries, if any: form-less answers and amount fields read from it. */
  eventForm: string | undefined;
  lang: Lang;
}) {
  const radioName = useId();
  const spec = (vocabulary === 'guard' ? GUARD_SPECS : ACTION_SPECS)[type];
  if (!spec) return null;
  const set = (name: string, value: JsonValue | undefined) => {
    const { [name]: _old, ...rest } = params;
    // Spreading keeps a changed param in its place; a new one goes last.
    onChange(value === undefined ? rest : { ...params, [name]: value });
  };
  const table = (key: string) => declared(bundle, key).map((name) => ({ value: name, label: declaredTitle(bundle, key, name, lang) }));
  const formId = typeof params.form === 'string' && params.form ? params.form : eventForm;
  const fieldsOf = (id: string | undefined) => (formById(bundle, id) ? formFields(formById(bundle, id)!, lang).filter((f) => !f.inList) : []);
  const pickedField = fieldsOf(formId).find((f) => f.pointer === params.field);
  const oneOf = spec.oneOf?.find((group) => group.length === 2);
  // `set` with a fixed value: the value input fits the variable's starting value (ja/nee, a number, text).
  const variable = type === 'set' && typeof params.var === 'string' ? (bundle.definition.variables as JsonObject | undefined)?.[params.var] : undefined;
  const initial = variable && typeof variable === 'object' && !Array.isArray(variable) ? variable.default : undefined;
  const valueKind = typeof initial === 'boolean' ? 'boolean' : typeof initial === 'number' ? 'number' : undefined;

  const input = (name: string, kind: string) => {
    const label = paramName(name, lang);
    const value = params[name];
    switch (kind) {
      case 'counter': return <SelectField label={label} value={String(value ?? '')} options={table('counters')} onChange={(v) => set(name, v)} />;
      case 'budget': return <SelectField label={label} value={String(value ?? '')} options={table('budgets')} onChange={(v) => set(name, v)} />;
      case 'variable': return <SelectField label={label} value={String(value ?? '')} options={table('variables')} onChange={(v) => set(name, v)} />;
      case 'form':
        return (
          <SelectField label={label} value={String(value ?? '')} empty={eventForm && !spec.params[name]!.required ? `${T.thisEvent[lang]} (${formName(bundle, eventForm, lang)})` : undefined}
            options={bundle.forms.map((f) => ({ value: String(f.id), label: formName(bundle, String(f.id), lang) }))} onChange={(v) => set(name, v || undefined)} />
        );
      case 'date': {
        const titled = new Set(declared(bundle, 'dates'));
        const options = dateKeys(bundle.definition).map((key) => ({ value: key, label: titled.has(key) ? `${declaredTitle(bundle, 'dates', key, lang)} (${key})` : key }));
        return <DateKey label={label} value={String(value ?? '')} options={options} onChange={(v) => set(name, v)} />;
      }
      case 'roles': return <CheckboxList legend={label} options={table('roles')} value={names(value)} onChange={(v) => set(name, v)} />;
      case 'counters': return <CheckboxList legend={label} options={table('counters')} value={names(value)} onChange={(v) => set(name, v.length ? v : undefined)} />;
      case 'budgets': return <CheckboxList legend={label} options={table('budgets')} value={names(value)} onChange={(v) => set(name, v.length ? v : undefined)} />;
      case 'forms':
        return <CheckboxList legend={label} options={bundle.forms.map((f) => ({ value: String(f.id), label: formName(bundle, String(f.id), lang) }))} value={names(value)} onChange={(v) => set(name, v.length ? v : undefined)} />;
      case 'field': {
        const fields = fieldsOf(name === 'amountField' ? eventForm : formId).filter((f) => name !== 'amountField' || f.kind === 'number');
        if (fields.length === 0 && !value) return <p className="tr-help">{T.noEventForm[lang]}</p>;
        return <SelectField label={label} value={String(value ?? '')} options={fields.map((f) => ({ value: f.pointer, label: f.label }))} onChange={(v) => set(name, v)} />;
      }
      case 'number':
        return <NumberField label={label} value={value} optional={!spec.params[name]!.required && !oneOf?.includes(name)} onChange={(v) => set(name, v)} />;
      case 'localized': return <LocalizedFields value={value} labels={{ nl: `${label} (Nederlands)`, en: `${label} (${lang === 'nl' ? 'Engels' : 'English'})` }} multiline onChange={(v) => set(name, v)} />;
      case 'expression': return <ExpressionText value={value ?? null} label={label} lang={lang} onChange={(v) => set(name, v)} />;
      case 'json':
        if (name === 'values' && pickedField?.choices) {
          return <CheckboxList legend={label} options={pickedField.choices.map((c) => ({ value: JSON.stringify(c.value), label: c.label }))} value={names(value).map((v) => JSON.stringify(v))}
            onChange={(v) => set(name, v.map((x) => JSON.parse(x) as JsonValue))} />;
        }
        if (name === 'values') return <ExpressionText value={value ?? []} label={label} lang={lang} onChange={(v) => set(name, v)} />;
        return (
          <div className="tr-field">
            <span className="tr-label">{label}</span>
            <ValueInput kind={pickedField?.kind ?? valueKind} choices={pickedField?.choices} value={value} label={label} lang={lang} onChange={(v) => set(name, v)} />
          </div>
        );
      default: return <TextField label={label} value={String(value ?? '')} onChange={(v) => set(name, v)} />;
    }
  };

  // A pair of which exactly one is given (`amount` or `amountField`) is chosen by radio buttons where the first stands.
  const choice = oneOf && (
    <fieldset className="tr-checks" key="choice">
      <legend>{type === 'set' ? T.kindOfValue[lang] : paramName(oneOf[0]!, lang)}</legend>
      {oneOf.map((name, i) => (
        <label key={name} className="tr-check">
          <input type="radio" name={radioName} checked={name in params} onChange={() => {
            const { [oneOf[1 - i]!]: _gone, ...rest } = params;
            onChange({ ...rest, [name]: FIRST[spec.params[name]!.kind] ?? '' });
          }} />
          <span>{type === 'set' ? (i === 0 ? T.fixed[lang] : T.computed[lang]) : paramName(name, lang)}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="tr-params">
      {Object.entries(spec.params).map(([name, param]) => {
        if (!oneOf?.includes(name)) return <div key={name}>{input(name, param.kind)}</div>;
        if (name !== oneOf[0]) return null;
        const chosen = oneOf.find((n) => n in params);
        return (
          <div key={name} className="tr-params">
            {choice}
            {chosen && input(chosen, spec.params[chosen]!.kind)}
          </div>
        );
      })}
    </div>
  );
}

function NumberField({ label, value, optional, onChange }: { label: string; value: JsonValue | undefined; optional: boolean; onChange: (v: number | undefined) => void }) {
  const id = useId();
  return (
    <div className="tr-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? (optional ? undefined : 0) : Number(e.target.value))} />
    </div>
  );
}

/** A recorded date's key: one of the known dates, or a new name. */
function DateKey({ label, value, options, onChange }: { label: string; value: string; options: Array<{ value: string; label: string }>; onChange: (v: string) => void }) {
  const id = useId();
  const known = options.find((o) => o.value === value);
  return (
    <div className="tr-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" list={`${id}-list`} value={value} onChange={(e) => onChange(e.target.value)} />
      {known && known.label !== value && <p className="tr-help">{known.label}</p>}
      <datalist id={`${id}-list`}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</datalist>
    </div>
  );
}
