import { describe, expect, it } from 'vitest';
import { formatJson, readJsonText, textChange, withFile } from '../src/admin/json/json-text';
import { selectionPlace } from '../src/admin/json/selection-place';
import type { Bundle } from '../src/admin/model/bundle';
import { keyOptions, schemasAt, valueOptions } from '../src/admin/json/schema-help';
import definitionSchema from '@koers/engine/schemas/definition.schema.json';

const definition = { id: 'pd', version: 1, machine: { initial: 'a', states: { a: { meta: { title: { nl: 'A', en: 'A' } } } } } };

describe('the JSON tab text -> the bundle', () => {
  it('propagates a text that parses to another value, keys in the order typed', () => {
    const outcome = readJsonText('{"version": 2, "id": "pd"}', definition, 'definition');
    expect(outcome.kind).toBe('changed');
    if (outcome.kind === 'changed') expect(Object.keys(outcome.value)).toEqual(['version', 'id']);
  });
  it('propagates nothing when only the layout changed', () => {
    expect(readJsonText(formatJson(definition), definition, 'definition')).toEqual({ kind: 'same' });
    expect(readJsonText(JSON.stringify(definition), definition, 'definition')).toEqual({ kind: 'same' });
  });
  it('counts a new key order as a change (the order is what the admin wrote)', () => {
    const { id, version, machine } = definition;
    expect(readJsonText(JSON.stringify({ version, id, machine }), definition, 'definition').kind).toBe('changed');
  });
  it('says where and why a text does not parse, in Dutch and English', () => {
    const text = '{"id": "pd",\n "version": 1,\n}';
    const outcome = readJsonText(text, definition, 'definition');
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.message.nl).toMatch(/geen geldige JSON/);
    expect(outcome.message.en).toMatch(/not valid JSON/);
    expect(text.slice(outcome.from, outcome.to)).toBe('}');
  });
  it('points at the second of two equal keys', () => {
    const text = '{"id": "pd", "machine": {"id": "a", "id": "b"}}';
    const outcome = readJsonText(text, definition, 'definition');
    expect(outcome).toMatchObject({ kind: 'invalid', message: { nl: expect.stringMatching(/twee keer/) } });
    if (outcome.kind === 'invalid') expect(outcome.from).toBeGreaterThan(text.indexOf('machine'));
  });
  it('refuses a file that is not an object', () => {
    expect(readJsonText('[1, 2]', definition, 'definition')).toMatchObject({ kind: 'invalid', message: { nl: 'De definitie moet een object zijn: { ... }' } });
    expect(readJsonText('"x"', {}, 'forms/0')).toMatchObject({ kind: 'invalid', message: { en: 'A form must be an object: { ... }' } });
  });
  it('replaces only the file that changed', () => {
    const forms = [{ id: 'f1' }, { id: 'f2' }];
    const bundle = { definition, forms };
    const next = withFile(bundle, 'forms/1', { id: 'f2', title: { nl: 'T', en: 'T' } });
    expect(next.definition).toBe(definition);
    expect(next.forms[0]).toBe(forms[0]);
    expect(next.forms[1]).toEqual({ id: 'f2', title: { nl: 'T', en: 'T' } });
    expect(withFile(bundle, 'forms/5', {})).toBe(bundle);
  });
});

describe('the format schema at a place', () => {
  const root = definitionSchema as Record<string, unknown>;
  it('offers the keys a step may have, required first, without those present', () => {
    const options = keyOptions(root, schemasAt(root, ['machine', 'states', 'intake']), new Set(['on']));
    expect(options[0]).toMatchObject({ key: 'meta', required: true });
    expect(options.map((o) => o.key)).toContain('always');
    expect(options.map((o) => o.key)).not.toContain('on');
  });
  it('offers the allowed values of a field', () => {
    expect(valueOptions(schemasAt(root, ['machine', 'states', 'a', 'states', 'b', 'type']))).toEqual(['atomic', 'compound', 'parallel', 'final', 'history']);
  });
  it('knows nothing under a key the format does not have', () => {
    expect(schemasAt(root, ['nope', 'deeper'])).toEqual([]);
  });
});

describe('showing another tab\'s change', () => {
  it('changes only the part that differs, so the cursor and scroll stay', () => {
    expect(textChange('{"a": 1, "b": 2}', '{"a": 1, "b": 23}')).toEqual({ from: 15, to: 15, insert: '3' });
    expect(textChange('abc', 'abc')).toBeUndefined();
    expect(textChange('aXa', 'aa')).toEqual({ from: 1, to: 2, insert: '' });
  });
});

describe('where the selection is in the JSON', () => {
  const bundle: Bundle = {
    definition: { machine: { states: { a: { on: { GO: [{ target: 'b' }, { target: 'c' }], STOP: 'c' }, always: { target: 'b' } } } } },
    forms: [{ id: 'f1' }, { id: 'f2', schema: { properties: {} } }],
  };
  it('a step: its object in the definition', () => {
    expect(selectionPlace(bundle, { kind: 'step', path: ['a', 'x/y'] })).toEqual({ file: 'definition', pointer: '/machine/states/a/states/x~1y' });
  });
  it('a transition: its branch, by index only when the branches are a list', () => {
    expect(selectionPlace(bundle, { kind: 'transition', path: ['a'], event: 'GO', index: 1 })?.pointer).toBe('/machine/states/a/on/GO/1');
    expect(selectionPlace(bundle, { kind: 'transition', path: ['a'], event: 'STOP', index: 0 })?.pointer).toBe('/machine/states/a/on/STOP');
    expect(selectionPlace(bundle, { kind: 'transition', path: ['a'], event: '', index: 0 })?.pointer).toBe('/machine/states/a/always');
  });
  it('a form field: under the form\'s schema, in that form\'s file; the type as a whole: nowhere', () => {
    expect(selectionPlace(bundle, { kind: 'form', formId: 'f2', field: '/properties/doel' })).toEqual({ file: 'forms/1', pointer: '/schema/properties/doel' });
    expect(selectionPlace(bundle, { kind: 'form', formId: 'f1' })).toEqual({ file: 'forms/0', pointer: '' });
    expect(selectionPlace(bundle, { kind: 'form', formId: 'nope' })).toBeUndefined();
    expect(selectionPlace(bundle, { kind: 'type' })).toBeUndefined();
  });
});
