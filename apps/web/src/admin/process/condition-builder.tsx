import { useState } from 'react';
import type { JsonValue, Lang } from '@koers/engine';
import { readCondition, writeCondition, type Condition, type Group, type Item, type Row } from '../model/condition';
import type { FieldOption } from '../model/condition-fields';
import { ConditionRow } from './condition-row';
import { ExpressionText } from './condition-json';

const T = {
  join: { nl: 'Wanneer', en: 'When' },
  and: { nl: 'alle voorwaarden kloppen (en)', en: 'all conditions hold (and)' },
  or: { nl: 'minstens één voorwaarde klopt (of)', en: 'at least one condition holds (or)' },
  groupJoin: { nl: 'In deze groep', en: 'In this group' },
  group: { nl: 'Groep', en: 'Group' },
  addRow: { nl: 'Voorwaarde toevoegen', en: 'Add condition' },
  addGroup: { nl: 'Groep toevoegen', en: 'Add group' },
  removeGroup: { nl: 'Groep verwijderen', en: 'Remove group' },
  raw: { nl: 'Voorwaarde in JSON Logic (past niet in een rij)', en: 'Condition in JSON Logic (does not fit a row)' },
  removeRaw: { nl: 'Deze voorwaarde verwijderen', en: 'Remove this condition' },
  asJson: { nl: 'Als JSON bewerken', en: 'Edit as JSON' },
  asRows: { nl: 'Als rijen bewerken', en: 'Edit as rows' },
  whole: { nl: 'De hele voorwaarde (JSON Logic)', en: 'The whole condition (JSON Logic)' },
  always: { nl: 'Nog geen voorwaarden.', en: 'No conditions yet.' },
} as const;

/** A new row: the first field on offer, compared with "is ingevuld". */
const newRow = (fields: FieldOption[]): Row => ({ kind: 'row', field: fields[0]?.path ?? 'now', op: 'filled' });

/**
 * The condition builder for a `condition` guard: rows of field, operator and value joined with and/or, with
 * groups one level deep; parts that do not fit a row stay JSON Logic text. Writes JSON Logic on every change.
 */
export function ConditionBuilder({ expr, onChange, fields, lang, reading }: {
  expr: JsonValue;
  onChange: (next: JsonValue) => void;
  fields: FieldOption[];
  lang: Lang;
  /** The condition in plain words. */
  reading: string;
}) {
  const [asJson, setAsJson] = useState(false);
  const condition = readCondition(expr);
  const write = (next: Condition) => onChange(writeCondition(next));
  const setItem = (i: number, item: Item | Group | undefined) =>
    write({ ...condition, items: item === undefined ? condition.items.filter((_, j) => j !== i) : condition.items.map((x, j) => (j === i ? item : x)) });
  // `true` (no rows yet) reads as one raw item; the builder shows it as "no conditions".
  const empty = expr === true;
  const items = empty ? [] : condition.items;

  const itemEditor = (item: Item, key: string, index: number, change: (next: Item | undefined) => void) =>
    item.kind === 'row' ? (
      <ConditionRow key={key} row={item} index={index} fields={fields} lang={lang} onChange={change} onRemove={() => change(undefined)} />
    ) : (
      <div key={key} className="tr-raw">
        <ExpressionText value={item.expr} label={T.raw[lang]} lang={lang} onChange={(next) => change({ kind: 'raw', expr: next })} />
        <button type="button" className="button button--secondary tr-small" onClick={() => change(undefined)}>{T.removeRaw[lang]}</button>
      </div>
    );

  return (
    <div className="tr-condition">
      <div className="tr-actions-row">
        <button type="button" className="button button--secondary tr-small" aria-pressed={asJson} onClick={() => setAsJson(!asJson)}>
          {asJson ? T.asRows[lang] : T.asJson[lang]}
        </button>
      </div>
      {asJson ? (
        <ExpressionText value={expr} label={T.whole[lang]} lang={lang} onChange={onChange} />
      ) : (
        <>
          {items.length > 1 && (
            <label className="tr-inline">
              <span>{T.join[lang]}</span>
              <select value={condition.join} onChange={(e) => write({ ...condition, join: e.target.value as 'and' | 'or' })}>
                <option value="and">{T.and[lang]}</option>
                <option value="or">{T.or[lang]}</option>
              </select>
            </label>
          )}
          {items.length === 0 && <p className="tr-help">{T.always[lang]}</p>}
          {items.map((item, i) =>
            item.kind === 'group' ? (
              <fieldset key={i} className="tr-group">
                <legend>{`${T.group[lang]} ${i + 1}`}</legend>
                <label className="tr-inline">
                  <span>{T.groupJoin[lang]}</span>
                  <select value={item.join} onChange={(e) => setItem(i, { ...item, join: e.target.value as 'and' | 'or' })}>
                    <option value="and">{T.and[lang]}</option>
                    <option value="or">{T.or[lang]}</option>
                  </select>
                </label>
                {item.items.map((inner, j) =>
                  itemEditor(inner, `${i}-${j}`, j, (next) =>
                    setItem(i, next === undefined && item.items.length <= 1 ? undefined : { ...item, items: next === undefined ? item.items.filter((_, k) => k !== j) : item.items.map((x, k) => (k === j ? next : x)) }),
                  ),
                )}
                <div className="tr-actions-row">
                  <button type="button" className="button button--secondary tr-small" onClick={() => setItem(i, { ...item, items: [...item.items, newRow(fields)] })}>{T.addRow[lang]}</button>
                  <button type="button" className="button button--secondary tr-small" onClick={() => setItem(i, undefined)}>{T.removeGroup[lang]}</button>
                </div>
              </fieldset>
            ) : (
              itemEditor(item, String(i), i, (next) => setItem(i, next))
            ),
          )}
          <div className="tr-actions-row">
            <button type="button" className="button button--secondary tr-small" onClick={() => write({ ...condition, items: [...items, newRow(fields)] })}>{T.addRow[lang]}</button>
            <button type="button" className="button button--secondary tr-small" onClick={() => write({ ...condition, items: [...items, { kind: 'group', join: condition.join === 'and' ? 'or' : 'and', items: [newRow(fields), newRow(fields)] }] })}>
              {T.addGroup[lang]}
            </button>
          </div>
        </>
      )}
      <p className="tr-reading" aria-live="polite">{reading}</p>
    </div>
  );
}
