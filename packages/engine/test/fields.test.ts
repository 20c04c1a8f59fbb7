import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldLabels, i18nKey, schemaAt } from '../src';

const form = {
  schema: {
    type: 'object',
    properties: {
      doelen: { type: 'array', title: 'Doelen', items: { type: 'object', properties: { doel: { type: 'string', title: 'Doel' } } } },
      besluit: { type: 'string', title: 'Besluit' },
      constructor: { type: 'string' },
    },
  },
  i18n: { en: { 'doelen.doel.label': 'Goal' } },
};

describe('the one schema walker', () => {
  it('finds fields by name, list items by index or *, and nothing else', () => {
    expect(schemaAt(form.schema, '/doelen/0/doel')).toMatchObject({ title: 'Doel' });
    expect(schemaAt(form.schema, '/doelen/*/doel')).toMatchObject({ title: 'Doel' });
    expect(schemaAt(form.schema, 'besluit')).toMatchObject({ title: 'Besluit' });
    expect(schemaAt(form.schema, '')).toBe(form.schema);
    expect(schemaAt(form.schema, '/doelen/x/doel')).toBeUndefined();
    expect(schemaAt(form.schema, '/bestaat/niet')).toBeUndefined();
    // Own properties only: "toString" is no field, "constructor" is one because the form declares it.
    expect(schemaAt(form.schema, '/toString')).toBeUndefined();
    expect(schemaAt(form.schema, '/constructor')).toEqual({ type: 'string' });
  });

  it('names a field in Dutch from its title and in English from i18n.en, else by its key', () => {
    expect(i18nKey('/doelen/3/doel')).toBe('doelen.doel');
    expect(fieldLabels(form, '/doelen/3/doel')).toEqual({ nl: 'Doel', en: 'Goal' });
    expect(fieldLabels(form, '/besluit')).toEqual({ nl: 'Besluit', en: 'Besluit' });
    expect(fieldLabels(form, '/constructor')).toBeUndefined();
    expect(fieldLabel(form, '/doelen/0/doel', 'en')).toBe('Goal');
    expect(fieldLabel(form, '/constructor', 'nl')).toBe('constructor');
    expect(fieldLabel(undefined, '/a/0/b', 'nl')).toBe('b');
  });
});
