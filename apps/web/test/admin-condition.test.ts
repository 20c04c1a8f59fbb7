import { describe, expect, it } from 'vitest';
import { checkExpression, type JsonValue } from '@koers/engine';
import { allRows, readCondition, readRow, writeCondition, writeRow, type Condition, type Row } from '../src/admin/model/condition';
import { conditionFields, formFields, formById, operatorsFor } from '../src/admin/model/condition-fields';
import { lintBundle } from '../src/admin/model/lint';
import { branchesAt, setBranch } from '../src/admin/model/transitions';
import { shippedBundles as readShipped } from './shipped-bundles';

const shippedBundles = readShipped();
/** Linting a whole type takes a few hundred ms, more on a busy machine. */
const LINT_TIMEOUT = 30_000;

/** Every `condition` guard expression in the shipped workflows. */
const shippedConditions: JsonValue[] = [];
for (const { bundle } of shippedBundles) {
  JSON.stringify(bundle.definition, (_key, value: unknown) => {
    const v = value as { type?: unknown; params?: { expr?: JsonValue } };
    if (v && typeof v === 'object' && v.type === 'condition' && v.params?.expr !== undefined) shippedConditions.push(v.params.expr);
    return value;
  });
}

describe('condition builder model', () => {
  it('finds the shipped conditions', () => {
    expect(shippedConditions.length).toBeGreaterThanOrEqual(10);
  });

  it('reads every shipped condition into rows and writes the very same JSON Logic back', () => {
    for (const expr of shippedConditions) {
      expect(JSON.stringify(writeCondition(readCondition(expr)))).toBe(JSON.stringify(expr));
    }
  });

  it('reads all shipped conditions as rows but the parts with arithmetic (the hour budget\'s sums), which it keeps as JSON Logic', () => {
    const partly = shippedConditions.filter((expr) => !allRows(readCondition(expr)));
    expect(partly.length).toBeGreaterThan(0);
    const raws = (c: Condition): JsonValue[] => c.items.flatMap((item) => (item.kind === 'raw' ? [item.expr] : item.kind === 'group' ? raws(item as unknown as Condition) : []));
    for (const expr of partly) {
      const kept = raws(readCondition(expr));
      expect(kept.length).toBeGreaterThan(0);
      // Only what the rows cannot say stays JSON Logic: every kept part does arithmetic.
      for (const part of kept) expect(JSON.stringify(part)).toMatch(/"[+*\/-]"/);
    }
  });

  it('reads a list item comparison as a row over the items of the list', () => {
    const expr: JsonValue = { some: [{ var: 'event.aanwezigen' }, { '==': [{ var: 'rol' }, 'schoolleider'] }] };
    expect(readRow(expr)).toEqual({ kind: 'row', field: 'event.aanwezigen.*.rol', op: '==', value: 'schoolleider', quantifier: 'some' });
    expect(readRow({ '>=': [{ length: { var: 'event.aanwezigen' } }, 2] })).toEqual({ kind: 'row', field: 'event.aanwezigen', count: true, op: '>=', value: 2 });
  });

  it('writes rows of every operator as JSON Logic the engine accepts, and reads them back', () => {
    const rows: Row[] = [
      { kind: 'row', field: 'counters.rondes', op: '<', value: 3 },
      { kind: 'row', field: 'forms.f.besluit', op: 'oneOf', value: ['a', 'b'] },
      { kind: 'row', field: 'event.deelnemers', op: 'contains', value: 'ib' },
      { kind: 'row', field: 'vars.x', op: 'filled' },
      { kind: 'row', field: 'dates.start', op: '<', value: { var: 'now' } },
      { kind: 'row', field: 'event.doelen.*', op: 'empty', quantifier: 'none' },
    ];
    const condition: Condition = { join: 'or', items: [rows[0]!, { kind: 'group', join: 'and', items: rows.slice(1) }] };
    const expr = writeCondition(condition);
    expect(checkExpression(expr)).toEqual([]);
    expect(readCondition(expr)).toEqual(condition);
    for (const row of rows) expect(readRow(writeRow(row))).toEqual(row);
  });

  it('keeps a part that is not a row exactly as written', () => {
    const odd = { '!': [{ var: 'vars.x' }] };
    expect(readCondition(odd)).toEqual({ join: 'and', items: [{ kind: 'raw', expr: odd }] });
    expect(writeCondition(readCondition({ and: [odd] }))).toEqual({ and: [odd] });
  });

  it('offers the fields of the event form, counters, budgets, dates and variables with their labels', () => {
    const { bundle } = shippedBundles.find((b) => b.file === 'voortgezet-leren.json')!;
    const fields = conditionFields(bundle, 'vl-bestuurdersgesprek', 'nl');
    const paths = fields.map((f) => f.path);
    expect(paths).toContain('event.deelnemers');
    expect(paths).toContain('event.deelnemers.*.rol');
    expect(paths).toContain('counters.tussenevaluaties');
    expect(paths).toContain('now');
    const rol = fields.find((f) => f.path === 'event.deelnemers.*.rol')!;
    expect(rol.label).toContain('›');
    expect(rol.kind).toBe('choice');
    expect(rol.choices?.map((c) => c.value)).toContain('bestuurder');
    expect(operatorsFor('list')).toContain('contains');
  });

  it('lists the fields of a form as JSON pointers, items of a list marked', () => {
    const { bundle } = shippedBundles.find((b) => b.file === 'pd-schoolontwikkeling.json')!;
    const fields = formFields(formById(bundle, 'pd-startgesprek')!, 'nl');
    expect(fields.find((f) => f.pointer === '/smartDoelen')).toMatchObject({ kind: 'list', inList: false });
    expect(fields.some((f) => f.pointer.startsWith('/smartDoelen/*/') && f.inList)).toBe(true);
  });

  it('a condition built with rows gives a definition the linter accepts', () => {
    const { bundle } = shippedBundles.find((b) => b.file === 'pd-schoolontwikkeling.json')!;
    const source = { kind: 'event', event: 'INTAKE_AFRONDEN' } as const;
    const config = branchesAt(bundle, ['intake'], source).branches[0]!.config;
    const expr = writeCondition({ join: 'and', items: [{ kind: 'row', field: 'counters.voortgangsgesprekken', op: '<', value: 2 }, { kind: 'row', field: 'dates.intake', op: 'empty' }] });
    const next = setBranch(bundle, ['intake'], source, 0, { ...config, guard: { type: 'condition', params: { expr } } });
    expect(lintBundle(next).problems).toEqual([]);
  }, LINT_TIMEOUT);
});
