import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@koers/engine';
import { categoryOfPath, controlPaths, scopeToPath } from '../src/form/categories';
import { fieldLabel, pointerSegments, pointerToPath, toAdditionalErrors, withoutIndices } from '../src/form/errors';
import { summaryText, uniqueErrors } from '../src/form/ErrorSummary';

const form: Pick<FormDefinition, 'schema' | 'i18n'> = {
  schema: {
    type: 'object',
    properties: {
      datum: { type: 'string', title: 'Datum' },
      doelen: { type: 'array', title: 'SMART-doelen', items: { type: 'object', properties: { doel: { type: 'string', title: 'Doel' } } } },
    },
  },
  i18n: { en: { 'datum.label': 'Date', 'doelen.label': 'SMART goals', 'doelen.doel.label': 'Goal' } },
};

describe('error mapping', () => {
  it('turns a JSON pointer into a JSON Forms path and back to an i18n key', () => {
    expect(pointerToPath('/doelen/0/doel')).toBe('doelen.0.doel');
    expect(pointerToPath('')).toBe('');
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(withoutIndices('doelen.12.doel')).toBe('doelen.doel');
  });

  it('hands JSON Forms the message in the reader\'s language under a keyword it will not rewrite', () => {
    const [error] = toAdditionalErrors([{ path: '/doelen/0/doel', keyword: 'required', message: { nl: 'Doel is verplicht', en: 'Goal is required' } }], 'en');
    expect(error).toMatchObject({ instancePath: '/doelen/0/doel', keyword: 'koers', message: 'Goal is required' });
  });

  it('falls back to Dutch when a message has no English', () => {
    const [error] = toAdditionalErrors([{ path: '/datum', message: { nl: 'ongeldig', en: '' } }], 'en');
    expect(error?.message).toBe('ongeldig');
  });

  it('names a field with its parents and item number, in Dutch or English', () => {
    expect(fieldLabel(form, '/doelen/1/doel', 'nl')).toBe('SMART-doelen 2 › Doel');
    expect(fieldLabel(form, '/doelen/1/doel', 'en')).toBe('SMART goals 2 › Goal');
    expect(fieldLabel(form, '', 'nl')).toBe('Formulier');
    expect(fieldLabel(form, '/onbekend', 'nl')).toBe('onbekend');
  });

  it('does not repeat the label when the message already starts with it', () => {
    expect(summaryText(['SMART-doelen 2', 'Doel'], 'Doel is verplicht', 'Formulier'))
      .toEqual({ label: 'SMART-doelen 2 › Doel', rest: ' is verplicht' });
    expect(summaryText(['Datum'], 'moet een datum zijn', 'Formulier')).toEqual({ label: 'Datum', rest: ': moet een datum zijn' });
    expect(summaryText([], 'moet iets bevatten', 'Formulier')).toEqual({ label: 'Formulier', rest: ': moet iets bevatten' });
  });

  it('lists the same problem once', () => {
    const e = { path: '/datum', message: { nl: 'x', en: 'x' } };
    expect(uniqueErrors([e, { ...e }, { ...e, path: '/doelen' }])).toHaveLength(2);
  });
});

describe('categories', () => {
  const categories = [
    { type: 'Category', elements: [{ type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/datum' }] }] },
    { type: 'Category', elements: [{ type: 'Control', scope: '#/properties/doelen' }] },
  ];

  it('reads scopes as data paths, including a property called "properties"', () => {
    expect(scopeToPath('#/properties/a/properties/b')).toBe('a.b');
    expect(scopeToPath('#/properties/properties')).toBe('properties');
    expect(controlPaths(categories[0])).toEqual(['datum']);
  });

  it('finds the tab of a field, of an array item, and none for an unknown field', () => {
    expect(categoryOfPath(categories, 'datum')).toBe(0);
    expect(categoryOfPath(categories, 'doelen.3.doel')).toBe(1);
    expect(categoryOfPath(categories, 'elders')).toBe(-1);
  });
});

describe('the required legend', () => {
  it('is shown when any level of the schema has required fields', async () => {
    const { hasRequiredFields } = await import('../src/form/FormStep');
    expect(hasRequiredFields({ type: 'object', properties: { a: { type: 'string' } } })).toBe(false);
    expect(hasRequiredFields({ type: 'object', properties: { l: { type: 'array', items: { type: 'object', required: ['x'] } } } })).toBe(true);
    expect(hasRequiredFields({ type: 'object', properties: { required: { type: 'string' } } })).toBe(false);
  });
});
