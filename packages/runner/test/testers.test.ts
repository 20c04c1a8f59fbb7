import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_APPLICABLE, type JsonSchema, type UISchemaElement } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import {
  categorizationTester, choiceStyle, choiceTester, fieldKind, fieldTester, isInRepeatedItem, isMultiChoiceSchema,
  isRepeatableSchema, isScaleSchema, multiChoiceTester, oneOfChoiceTester, repeatableTester, scaleTester,
} from '../src/renderers/testers';

const ctx = (rootSchema: JsonSchema) => ({ rootSchema, config: {} });

describe('field kinds', () => {
  it('gives long text a text area only when the UI schema asks for multi', () => {
    expect(fieldKind({ type: 'string' })).toBe('text');
    expect(fieldKind({ type: 'string' }, { multi: true })).toBe('textarea');
  });

  it('gives dates, e-mail, web addresses, numbers and booleans their own inputs', () => {
    expect(fieldKind({ type: 'string', format: 'date' })).toBe('date');
    expect(fieldKind({ type: 'string', format: 'email' })).toBe('email');
    expect(fieldKind({ type: 'string', format: 'uri' })).toBe('url');
    expect(fieldKind({ type: 'number', minimum: 0 })).toBe('number');
    expect(fieldKind({ type: 'integer' })).toBe('integer');
    expect(fieldKind({ type: 'boolean' })).toBe('boolean');
  });

  it('leaves choices and formats it does not know to other renderers', () => {
    expect(fieldKind({ type: 'string', enum: ['a', 'b'] })).toBeUndefined();
    expect(fieldKind({ type: 'string', oneOf: [{ const: 'a', title: 'A' }] })).toBeUndefined();
    expect(fieldKind({ type: 'string', format: 'date-time' })).toBeUndefined();
    expect(fieldKind({ type: 'object' })).toBeUndefined();
  });
});

describe('the scale tester', () => {
  it('takes an integer from 1 to 10', () => {
    expect(isScaleSchema({ type: 'integer', minimum: 1, maximum: 10 })).toBe(true);
  });

  it('takes another short integer range only when the UI schema says slider', () => {
    expect(isScaleSchema({ type: 'integer', minimum: 0, maximum: 5 })).toBe(false);
    expect(isScaleSchema({ type: 'integer', minimum: 0, maximum: 5 }, { slider: true })).toBe(true);
    expect(isScaleSchema({ type: 'integer', minimum: 0, maximum: 100 }, { slider: true })).toBe(false);
  });

  it('refuses numbers, open ranges and fractional bounds', () => {
    expect(isScaleSchema({ type: 'number', minimum: 1, maximum: 10 })).toBe(false);
    expect(isScaleSchema({ type: 'integer', minimum: 1 })).toBe(false);
    expect(isScaleSchema({ type: 'integer', minimum: 0.5, maximum: 10 }, { slider: true })).toBe(false);
  });

  it('outranks the plain number field for a 1-10 control', () => {
    const schema: JsonSchema = { type: 'object', properties: { cijfer: { type: 'integer', minimum: 1, maximum: 10 } } };
    const control = { type: 'Control', scope: '#/properties/cijfer' } as UISchemaElement;
    expect(scaleTester(control, schema, ctx(schema))).toBeGreaterThan(fieldTester(control, schema, ctx(schema)));
  });
});

describe('choices and lists', () => {
  it('offers radio buttons for up to five options and a drop-down beyond', () => {
    expect(choiceStyle(5, false)).toBe('radio');
    expect(choiceStyle(6, false)).toBe('select');
  });

  it('prefers a drop-down inside repeated items, where radios would repeat in every item', () => {
    expect(choiceStyle(3, true)).toBe('radio');
    expect(choiceStyle(4, true)).toBe('select');
    expect(choiceStyle(9, true, 'radio')).toBe('radio');
    expect(choiceStyle(2, false, 'select')).toBe('select');
  });

  it('knows a path inside an array item', () => {
    expect(isInRepeatedItem('deelnemers.0.rol')).toBe(true);
    expect(isInRepeatedItem('besluit')).toBe(false);
  });

  it('sees several-of-a-list as unique enum items, and other arrays as repeatable groups', () => {
    const multi: JsonSchema = { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['a', 'b'] } };
    expect(isMultiChoiceSchema(multi)).toBe(true);
    expect(isRepeatableSchema(multi)).toBe(false);
    expect(isRepeatableSchema({ type: 'array', items: { type: 'object', properties: {} } })).toBe(true);
    expect(isRepeatableSchema({ type: 'array', items: { type: 'string' } })).toBe(true);
  });

  it('takes a Categorization of plain categories only', () => {
    const flat = { type: 'Categorization', elements: [{ type: 'Category', label: 'A', elements: [] }] } as UISchemaElement;
    const nested = { type: 'Categorization', elements: [{ type: 'Categorization', elements: [] }] } as UISchemaElement;
    expect(categorizationTester(flat, {}, ctx({}))).not.toBe(NOT_APPLICABLE);
    expect(categorizationTester(nested, {}, ctx({}))).toBe(NOT_APPLICABLE);
  });
});

/** Every Control in a UI schema with the schema its scope is relative to (array details use the item schema). */
function controls(ui: unknown, schema: JsonSchema, out: Array<{ control: UISchemaElement; schema: JsonSchema }> = []) {
  const node = ui as { type?: string; scope?: string; elements?: unknown[]; options?: { detail?: unknown } };
  if (!node || typeof node !== 'object') return out;
  if (node.type === 'Control' && node.scope) {
    out.push({ control: node as UISchemaElement, schema });
    const path = node.scope.replace(/^#\//, '').split('/').filter((_, i) => i % 2 === 1);
    let field: JsonSchema | undefined = schema;
    for (const key of path) field = field?.properties?.[key];
    if (node.options?.detail && field?.items) controls(node.options.detail, field.items as JsonSchema, out);
  }
  for (const child of node.elements ?? []) controls(child, schema, out);
  return out;
}

describe('the shipped forms', () => {
  const dir = join(import.meta.dirname, '../../../forms');
  const ours = [fieldTester, scaleTester, choiceTester, oneOfChoiceTester, multiChoiceTester, repeatableTester];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file}: every field gets one of our renderers, none falls back to vanilla`, () => {
      const form = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { schema: JsonSchema; uischema?: unknown };
      const unclaimed = controls(form.uischema, form.schema)
        .filter(({ control, schema }) => ours.every((tester) => tester(control, schema, ctx(form.schema)) === NOT_APPLICABLE))
        .map(({ control }) => (control as { scope: string }).scope);
      expect(unclaimed).toEqual([]);
    });
  }
});
