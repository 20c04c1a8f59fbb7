import type { JsonValue, Lang } from '@koers/engine';
import type { Row, RowOp } from '../model/condition';
import { operatorsFor, type FieldKind, type FieldOption } from '../model/condition-fields';
import { ValueInput } from './condition-value';
import { CheckboxList } from './transition-fields';

const OPS: Record<RowOp, { nl: string; en: string }> = {
  '==': { nl: 'is', en: 'is' },
  '===': { nl: 'is precies', en: 'is exactly' },
  '!=': { nl: 'is niet', en: 'is not' },
  '!==': { nl: 'is precies niet', en: 'is exactly not' },
  '<': { nl: 'is minder dan', en: 'is less than' },
  '<=': { nl: 'is hoogstens', en: 'is at most' },
  '>': { nl: 'is meer dan', en: 'is more than' },
  '>=': { nl: 'is minstens', en: 'is at least' },
  filled: { nl: 'is ingevuld', en: 'is filled in' },
  empty: { nl: 'is leeg', en: 'is empty' },
  contains: { nl: 'bevat', en: 'contains' },
  oneOf: { nl: 'is een van', en: 'is one of' },
};
/** Dates compare in time: before and after read better than less and more. */
const DATE_OPS: Partial<Record<RowOp, { nl: string; en: string }>> = {
  '<': { nl: 'is vóór', en: 'is before' },
  '<=': { nl: 'is op of vóór', en: 'is on or before' },
  '>': { nl: 'is na', en: 'is after' },
  '>=': { nl: 'is op of na', en: 'is on or after' },
};
const T = {
  field: { nl: 'Veld', en: 'Field' },
  op: { nl: 'Vergelijking', en: 'Comparison' },
  value: { nl: 'Waarde', en: 'Value' },
  which: { nl: 'Welke items', en: 'Which items' },
  count: { nl: 'het aantal', en: 'the number' },
  remove: { nl: 'Voorwaarde verwijderen', en: 'Remove condition' },
  some: { nl: 'minstens één', en: 'at least one' },
  all: { nl: 'elk', en: 'every' },
  none: { nl: 'geen enkel', en: 'none' },
} as const;

/** The first value of a field of this kind: its first choice, 0, ja, "now" for a date, or empty. */
function firstValue(option: FieldOption | undefined, op: RowOp): JsonValue | undefined {
  if (op === 'filled' || op === 'empty') return undefined;
  if (op === 'oneOf') return [];
  if (option?.choices?.[0]) return option.choices[0].value;
  if (op === 'contains') return '';
  switch (option?.kind) {
    case 'number': return 0;
    case 'boolean': return true;
    case 'datetime': return { var: 'now' };
    default: return '';
  }
}

/** Edits one condition row: the field (by its label), an operator that fits it and a value input that fits it. */
export function ConditionRow({ row, fields, onChange, onRemove, lang, index }: {
  row: Row;
  fields: FieldOption[];
  onChange: (next: Row) => void;
  onRemove: () => void;
  lang: Lang;
  index: number;
}) {
  const option = fields.find((f) => f.path === row.field);
  const kind: FieldKind | undefined = row.count ? 'number' : option?.kind;
  const ops = operatorsFor(option?.kind, row.count);
  if (!ops.includes(row.op)) ops.push(row.op);
  const opText = (op: RowOp) => ((kind === 'date' || kind === 'datetime') && DATE_OPS[op] ? DATE_OPS[op]![lang] : OPS[op][lang]);
  const where = `${T.field[lang]} ${index + 1}`;
  const groups = [...new Set(fields.map((f) => f.group))];

  const pickField = (path: string) => {
    const next = fields.find((f) => f.path === path);
    const allowed = operatorsFor(next?.kind);
    const op = allowed.includes(row.op) ? row.op : allowed[0]!;
    const { count: _c, quantifier: _q, value: _v, ...rest } = row;
    const value = firstValue(next, op);
    onChange({ ...rest, field: path, op, ...(path.includes('.*') ? { quantifier: row.quantifier ?? 'some' } : {}), ...(value !== undefined ? { value } : {}) });
  };
  const pickOp = (op: RowOp) => {
    const { value: _v, ...rest } = row;
    const keep = op !== 'filled' && op !== 'empty' && op !== 'oneOf' && row.op !== 'oneOf' && row.value !== undefined;
    const value = keep ? row.value : firstValue(option, op);
    onChange({ ...rest, op, ...(value !== undefined ? { value } : {}) });
  };

  return (
    <div className="tr-row" role="group" aria-label={where}>
      {row.quantifier && (
        <select aria-label={`${where}: ${T.which[lang]}`} value={row.quantifier} onChange={(e) => onChange({ ...row, quantifier: e.target.value as Row['quantifier'] })}>
          {(['some', 'all', 'none'] as const).map((q) => <option key={q} value={q}>{T[q][lang]}</option>)}
        </select>
      )}
      {option?.kind === 'list' && (
        <label className="tr-check">
          <input type="checkbox" checked={row.count === true} onChange={(e) => {
            const { count: _c, value: _v, ...rest } = row;
            onChange(e.target.checked ? { ...rest, count: true, op: '>=', value: 1 } : { ...rest, op: 'filled' });
          }} />
          <span>{T.count[lang]}</span>
        </label>
      )}
      <select aria-label={`${where}: ${T.field[lang]}`} value={row.field} onChange={(e) => pickField(e.target.value)}>
        {!option && <option value={row.field}>{row.field}</option>}
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {fields.filter((f) => f.group === g).map((f) => <option key={f.path} value={f.path}>{f.label}</option>)}
          </optgroup>
        ))}
      </select>
      <select aria-label={`${where}: ${T.op[lang]}`} value={row.op} onChange={(e) => pickOp(e.target.value as RowOp)}>
        {ops.map((op) => <option key={op} value={op}>{opText(op)}</option>)}
      </select>
      {row.op === 'oneOf' ? (
        <CheckboxList
          legend={T.value[lang]}
          options={(option?.choices ?? []).map((c) => ({ value: JSON.stringify(c.value), label: c.label }))}
          value={(Array.isArray(row.value) ? row.value : []).map((v) => JSON.stringify(v))}
          onChange={(next) => onChange({ ...row, value: next.map((v) => JSON.parse(v) as JsonValue) })}
        />
      ) : row.op !== 'filled' && row.op !== 'empty' ? (
        <ValueInput
          kind={row.op === 'contains' ? option?.itemKind ?? 'text' : kind}
          choices={row.count ? undefined : option?.choices}
          value={row.value}
          onChange={(value) => onChange({ ...row, value })}
          label={`${where}: ${T.value[lang]}`}
          lang={lang}
        />
      ) : null}
      <button type="button" className="tr-icon-button" onClick={onRemove} aria-label={`${where}: ${T.remove[lang]}`} title={T.remove[lang]}>×</button>
    </div>
  );
}
