import { useId } from 'react';
import type { JsonObject, JsonValue, Lang, Problem } from '@koers/engine';
import { tt } from './transition-text';

/** What the parts of an event or branch are called on screen, to say where below `base` a problem is. */
const PLACES: Record<string, { nl: string; en: string }> = {
  label: { nl: 'Knoptekst', en: 'Button text' },
  roles: { nl: 'Wie mag dit doen', en: 'Who may do this' },
  form: { nl: 'Formulier', en: 'Form' },
  requiredFields: { nl: 'Verplichte velden', en: 'Required fields' },
  description: { nl: 'Toelichting', en: 'Explanation' },
  target: { nl: 'Naar stap', en: 'To step' },
  guard: { nl: 'Voorwaarde', en: 'Condition' },
  warnings: { nl: 'Waarschuwing', en: 'Warning' },
  actions: { nl: 'Acties', en: 'Actions' },
  meta: { nl: 'Naam in het diagram', en: 'Name in the diagram' },
  // A timer's moment and a step's reminders (the Tijd section).
  from: { nl: 'Wanneer', en: 'When' },
  after: { nl: 'Wanneer', en: 'When' },
  at: { nl: 'Wanneer', en: 'When' },
  before: { nl: 'Vooraf', en: 'Beforehand' },
  overdueEvery: { nl: 'Zolang over tijd', en: 'While overdue' },
  escalate: { nl: 'Opschalen', en: 'Escalate' },
};

function placeOf(pointer: string, base: string | undefined, lang: Lang): string | undefined {
  if (!base || !pointer.startsWith(`${base}/`)) return undefined;
  const first = pointer.slice(base.length + 1).split('/').find((segment) => Object.hasOwn(PLACES, segment));
  return first ? PLACES[first]![lang] : undefined;
}

/** The lint problems of one place, in the reader's language, each with the part it is about when below `base`. */
export function ProblemList({ problems, lang, base }: { problems: readonly Problem[]; lang: Lang; base?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="tr-problems" aria-label={tt('problems', lang)}>
      {problems.map((p, i) => {
        const place = placeOf(p.pointer, base, lang);
        return <li key={`${p.pointer}-${p.code}-${i}`}>{place ? `${place}: ${p.message[lang]}` : p.message[lang]}</li>;
      })}
    </ul>
  );
}

/** A set of checkboxes for picking names from a list, with a legend. */
export function CheckboxList({ legend, options, value, onChange, help }: {
  legend: string;
  /** `hint`: shown beside the label, in code type (a field's JSON pointer). */
  options: Array<{ value: string; label: string; hint?: string }>;
  value: readonly string[];
  onChange: (next: string[]) => void;
  help?: string;
}) {
  const picked = new Set(value);
  // Names that are picked but not offered (a typo, a removed role) stay visible, so they can be unticked.
  const all: Array<{ value: string; label: string; hint?: string }> = [...options, ...value.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }))];
  return (
    <fieldset className="tr-checks">
      <legend>{legend}</legend>
      {help && <p className="tr-help">{help}</p>}
      {all.map((option) => (
        <label key={option.value} className="tr-check">
          <input
            type="checkbox"
            checked={picked.has(option.value)}
            onChange={(e) => onChange(e.target.checked ? all.filter((o) => picked.has(o.value) || o.value === option.value).map((o) => o.value) : value.filter((v) => v !== option.value))}
          />
          <span>{option.label}</span>
          {option.hint && <code className="tr-code">{option.hint}</code>}
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled text input (or text area) that reports every change. */
export function TextField({ label, value, onChange, multiline, help }: {
  label: string;
  value: string;
  onChange: (next: string) => void;
  multiline?: boolean;
  help?: string;
}) {
  const id = useId();
  return (
    <div className="tr-field">
      <label htmlFor={id}>{label}</label>
      {help && <p className="tr-help" id={`${id}-help`}>{help}</p>}
      {multiline ? (
        <textarea id={id} value={value} rows={2} onChange={(e) => onChange(e.target.value)} aria-describedby={help ? `${id}-help` : undefined} />
      ) : (
        <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={help ? `${id}-help` : undefined} />
      )}
    </div>
  );
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The Dutch and English inputs of a `{ nl, en }` text. Other keys in it stay; an emptied text stays `""` so the
 * linter can say it is missing.
 */
export function LocalizedFields({ value, onChange, labels, multiline }: {
  value: JsonValue | undefined;
  onChange: (next: JsonObject) => void;
  labels: { nl: string; en: string };
  multiline?: boolean;
}) {
  const text = isObject(value) ? value : {};
  const get = (lang: Lang) => (typeof text[lang] === 'string' ? (text[lang] as string) : '');
  const base: JsonObject = 'nl' in text && 'en' in text ? text : { nl: get('nl'), en: get('en'), ...text };
  return (
    <div className="tr-pair">
      <TextField label={labels.nl} value={get('nl')} multiline={multiline} onChange={(nl) => onChange({ ...base, nl })} />
      <TextField label={labels.en} value={get('en')} multiline={multiline} onChange={(en) => onChange({ ...base, en })} />
    </div>
  );
}

/** A labelled select over options; a current value not among them is kept as an extra option. */
export function SelectField({ label, value, options, onChange, empty }: {
  label: string;
  value: string;
  options: Array<{ value: string; label: string; group?: string }>;
  onChange: (next: string) => void;
  empty?: string;
}) {
  const id = useId();
  const known = options.some((o) => o.value === value) || (empty !== undefined && value === '');
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (list: typeof options) => list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>);
  return (
    <div className="tr-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {!known && <option value={value}>{value || '—'}</option>}
        {groups.length <= 1
          ? render(options)
          : groups.map((g) => (
              <optgroup key={g} label={g}>
                {render(options.filter((o) => (o.group ?? '') === g))}
              </optgroup>
            ))}
      </select>
    </div>
  );
}
