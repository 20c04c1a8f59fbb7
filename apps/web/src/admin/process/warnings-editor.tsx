import type { JsonObject, JsonValue } from '@koers/engine';
import { GuardEditor } from './guard-editor';
import type { StepEditing } from './transition-context';
import { LocalizedFields, TextField } from './transition-fields';
import { tt } from './transition-text';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A new warning: a rule that always holds until the author picks one, and an empty message the linter asks for. */
const NEW_WARNING: JsonObject = { guard: { type: 'condition', params: { expr: true } }, message: { nl: '', en: '' } };

/**
 * The soft rules of one branch (`warnings`, issue 13): each a guard from the same vocabulary as the branch's
 * condition, the message the coach reads on the flag, and an optional code. Emptying the last one removes the key.
 */
export function WarningsEditor({ ctx, warnings, eventForm, name, onChange }: {
  ctx: StepEditing;
  warnings: JsonValue | undefined;
  eventForm: string | undefined;
  /** What the list belongs to, for the buttons' accessible names. */
  name: string;
  onChange: (next: JsonValue | undefined) => void;
}) {
  const { lang } = ctx;
  const list = Array.isArray(warnings) ? warnings : [];
  const write = (next: JsonValue[]) => onChange(next.length === 0 ? undefined : next);
  const update = (i: number, change: (w: JsonObject) => JsonObject | undefined) => {
    const next = list.flatMap((w, j) => (j !== i ? [w] : (() => { const c = change(isObject(w) ? w : {}); return c ? [c] : []; })()));
    write(next);
  };
  return (
    <details className="tr-more tr-warnings" open={list.length > 0 ? true : undefined}>
      <summary>{tt('warnings', lang)}{list.length > 0 ? ` (${list.length})` : ''}</summary>
      <p className="tr-help">{tt('warningsHelp', lang)}</p>
      {list.map((raw, i) => {
        const w = isObject(raw) ? raw : {};
        const title = tt('warning', lang, { n: i + 1 });
        return (
          <fieldset key={i} className="tr-warning">
            <legend>{title}</legend>
            <GuardEditor ctx={ctx} guard={w.guard} eventForm={eventForm} label={tt('warningRule', lang)} noneLabel={tt('warningNone', lang)}
              onChange={(guard) => update(i, (cur) => (guard === undefined ? undefined : { ...cur, guard }))} />
            <LocalizedFields value={w.message} labels={{ nl: tt('warningMessageNl', lang), en: tt('warningMessageEn', lang) }}
              onChange={(message) => update(i, (cur) => ({ ...cur, message }))} />
            <TextField label={tt('warningId', lang)} help={tt('warningIdHelp', lang)} value={typeof w.id === 'string' ? w.id : ''}
              onChange={(id) => update(i, (cur) => {
                const { id: _old, ...rest } = cur;
                return id === '' ? rest : { ...rest, id };
              })} />
            <button type="button" className="button button--secondary tr-small" aria-label={`${name}: ${title}: ${tt('removeWarning', lang)}`}
              onClick={() => update(i, () => undefined)}>{tt('removeWarning', lang)}</button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary tr-small" aria-label={`${name}: ${tt('addWarning', lang)}`}
        onClick={() => write([...list, structuredClone(NEW_WARNING)])}>{tt('addWarning', lang)}</button>
    </details>
  );
}
