import { useId, useState } from 'react';
import type { JsonObject, JsonValue, Lang, Problem } from '@koers/engine';
import { setIn } from '../model/edit';
import { isObject } from '../model/form-fields';
import { type CheckKind, type CheckRow, checkFields, checkLists, freeRuleId, newRule, readCheck, withRow } from '../model/form-checks';
import { ProblemList, TextField } from './inputs';
import { t } from './messages';

const KINDS: CheckKind[] = ['order', 'span', 'oneOf', 'custom'];
const KIND_KEY = { order: 'checkOrder', span: 'checkSpan', oneOf: 'checkOneOf', custom: 'checkCustom' } as const;

/**
 * "Controles": the form's `rules` (checks across fields and items) as rows. Each row says which fields, what check
 * (date order, minimum span, at least one of, or a free JSON Logic expression), per item of a list or not, the
 * message in Dutch and English, and whether it refuses (error) or only flags (warning).
 */
export function ChecksEditor({ form, onChange, problems, lang }: {
  form: JsonObject; onChange: (form: JsonObject) => void; problems: readonly Problem[]; lang: Lang;
}) {
  const rules = Array.isArray(form.rules) ? form.rules.filter(isObject) : [];
  const [kind, setKind] = useState<CheckKind>('order');
  const addId = useId();
  const write = (next: JsonObject[]) => onChange(setIn(form, ['rules'], next.length > 0 ? next : undefined));
  const update = (i: number, rule: JsonObject) => write(rules.map((r, j) => (j === i ? rule : r)));
  return (
    <section className="fb-checks" aria-labelledby={`${addId}-title`}>
      <h3 className="fb-subheading" id={`${addId}-title`}>{t(lang, 'checks')}</h3>
      <p className="fb-help">{t(lang, 'checksHelp')}</p>
      {rules.map((rule, i) => (
        <CheckRowEditor key={i} form={form} rule={rule} index={i} onChange={(next) => update(i, next)}
          onDelete={() => write(rules.filter((_, j) => j !== i))}
          problems={problems.filter((p) => p.pointer === `/rules/${i}` || p.pointer.startsWith(`/rules/${i}/`))} lang={lang} />
      ))}
      <div className="fb-actions">
        <label htmlFor={addId} className="fb-sr-only">{t(lang, 'checkKind')}</label>
        <select id={addId} className="fb-input fb-checks__kind" value={kind} onChange={(e) => setKind(e.target.value as CheckKind)}>
          {KINDS.map((k) => <option key={k} value={k}>{t(lang, KIND_KEY[k])}</option>)}
        </select>
        <button type="button" className="button button--secondary" onClick={() => write([...rules, newRule(form, kind, freeRuleId(rules))])}>
          {t(lang, 'addCheck')}
        </button>
      </div>
    </section>
  );
}

function Select({ label, value, options, onChange }: {
  label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void;
}) {
  const id = useId();
  const known = options.some((o) => o.value === value);
  return (
    <div className="fb-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="fb-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value || '—'}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

function CheckRowEditor({ form, rule, index, onChange, onDelete, problems, lang }: {
  form: JsonObject; rule: JsonObject; index: number; onChange: (rule: JsonObject) => void; onDelete: () => void;
  problems: readonly Problem[]; lang: Lang;
}) {
  const items = typeof rule.items === 'string' ? rule.items : undefined;
  const row = readCheck(rule.check);
  const fields = checkFields(form, items).filter((f) => f.kind !== 'group');
  const dates = fields.filter((f) => f.kind === 'date');
  const options = (list: typeof fields) => list.map((f) => ({ value: f.key, label: f.label }));
  const setRow = (patch: Partial<CheckRow>) => onChange(withRow(rule, { ...row, ...patch }));
  const text = (keys: string[]) => { const value = keys.reduce<JsonValue | undefined>((v, k) => (isObject(v) ? v[k] : undefined), rule); return typeof value === 'string' ? value : ''; };
  const [custom, setCustom] = useState(() => JSON.stringify(rule.check ?? true, null, 1));
  const [customError, setCustomError] = useState(false);
  const legendId = useId();
  return (
    <fieldset className="fb-check-row" aria-labelledby={legendId}>
      <legend id={legendId}>{t(lang, 'checkN', { n: index + 1 })} <code>{String(rule.id ?? '')}</code></legend>
      <ProblemList problems={problems} lang={lang} />
      <div className="fb-check-row__grid">
        <Select label={t(lang, 'checkKind')} value={row.kind} options={KINDS.map((k) => ({ value: k, label: t(lang, KIND_KEY[k]) }))}
          onChange={(k) => {
            const fresh = newRule(form, k as CheckKind, String(rule.id ?? ''), items);
            onChange(k === 'custom' ? { ...rule, check: rule.check ?? true } : { ...rule, check: fresh.check!, path: fresh.path! });
          }} />
        <Select label={t(lang, 'checkWhere')} value={items ?? ''}
          options={[{ value: '', label: t(lang, 'checkWholeForm') }, ...checkLists(form).map((l) => ({ value: l.key, label: t(lang, 'checkPerItem', { list: l.label }) }))]}
          onChange={(next) => {
            const fresh = newRule(form, row.kind, String(rule.id ?? ''), next || undefined);
            const { items: _, ...rest } = rule;
            onChange({ ...rest, ...(next ? { items: next } : {}), ...(row.kind === 'custom' ? {} : { check: fresh.check!, path: fresh.path! }) });
          }} />
        {(row.kind === 'order' || row.kind === 'span') && (
          <>
            <Select label={t(lang, 'checkFirst')} value={row.first} options={options(dates.length > 0 ? dates : fields)} onChange={(first) => setRow({ first })} />
            <Select label={t(lang, 'checkSecond')} value={row.second} options={options(dates.length > 0 ? dates : fields)} onChange={(second) => setRow({ second })} />
          </>
        )}
        {row.kind === 'span' && (
          <Select label={t(lang, 'checkSpanAtLeast')} value={row.duration}
            options={['P1M', 'P3M', 'P6M', 'P1Y', 'P14D'].map((d) => ({ value: d, label: t(lang, `span${d}` as 'spanP6M') }))}
            onChange={(duration) => setRow({ duration })} />
        )}
        <Select label={t(lang, 'checkSeverity')} value={rule.severity === 'warning' ? 'warning' : 'error'}
          options={[{ value: 'error', label: t(lang, 'severityError') }, { value: 'warning', label: t(lang, 'severityWarning') }]}
          onChange={(s) => onChange(setIn(rule, ['severity'], s === 'warning' ? 'warning' : undefined))} />
      </div>
      {row.kind === 'oneOf' && (
        <fieldset className="fb-check-row__fields">
          <legend>{t(lang, 'checkOneOfFields')}</legend>
          {fields.map((f) => (
            <label key={f.key} className="fb-check">
              <input type="checkbox" checked={row.fields.includes(f.key)}
                onChange={(e) => {
                  const next = e.target.checked ? fields.map((x) => x.key).filter((k) => k === f.key || row.fields.includes(k)) : row.fields.filter((k) => k !== f.key);
                  if (next.length > 0) setRow({ fields: next });
                }} />
              <span>{f.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {row.kind === 'custom' && (
        <>
          <Select label={t(lang, 'checkShownAt')} value={typeof rule.path === 'string' ? rule.path : ''}
            options={[{ value: '', label: t(lang, 'checkWholeForm') }, ...fields.map((f) => ({ value: `/${f.key}`, label: f.label }))]}
            onChange={(path) => onChange({ ...rule, path })} />
          <TextField label={t(lang, 'checkExpression')} multiline value={custom} help={customError ? t(lang, 'checkNotJson') : t(lang, 'checkExpressionHelp')}
            onChange={(value) => {
              setCustom(value);
              try {
                onChange({ ...rule, check: JSON.parse(value) as JsonValue });
                setCustomError(false);
              } catch {
                setCustomError(true);
              }
            }} />
        </>
      )}
      <TextField label={t(lang, 'checkMessageNl')} multiline value={text(['message', 'nl'])} onChange={(value) => onChange(setIn(rule, ['message', 'nl'], value))} />
      <TextField label={t(lang, 'checkMessageEn')} multiline value={text(['message', 'en'])} onChange={(value) => onChange(setIn(rule, ['message', 'en'], value))} />
      <div className="fb-check-row__foot">
        <TextField label={t(lang, 'checkId')} value={text(['id'])} onChange={(value) => onChange({ ...rule, id: value })} />
        <button type="button" className="button button--secondary fb-danger fb-small" onClick={onDelete}>{t(lang, 'deleteCheck')}</button>
      </div>
    </fieldset>
  );
}
