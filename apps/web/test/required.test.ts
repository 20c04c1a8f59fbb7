import { describe, expect, it } from 'vitest';
import { missingFieldLabels, missingFields, valueAt } from '../src/pages/trajectories/required';

const form = {
  schema: {
    type: 'object',
    properties: {
      soort: { type: 'string', title: 'Soort meting' },
      aantal: { type: 'integer', title: 'Aantal' },
      rijen: { type: 'array', title: 'Resultaten', items: { type: 'object', properties: { doel: { type: 'string', title: 'Doel' } } } },
      plan: { type: 'object', title: 'Onderwijsprogramma', properties: { aanpak: { type: 'string', title: 'Aanpak' } } },
      akkoord: { type: 'boolean', title: 'Akkoord' },
    },
  },
  i18n: { en: { 'soort.label': 'Kind of measurement', 'plan.aanpak.label': 'Approach', 'plan.label': 'Programme' } },
};

describe('missing required fields', () => {
  it('reads values by JSON pointer, also nested and in lists', () => {
    const data = { plan: { aanpak: 'x' }, rijen: [{ doel: 'd' }], 'a/b': 1 };
    expect(valueAt(data, '/plan/aanpak')).toBe('x');
    expect(valueAt(data, '/rijen/0/doel')).toBe('d');
    expect(valueAt(data, '/a~1b')).toBe(1);
    expect(valueAt(data, '/plan/aanpak/diep')).toBeUndefined();
    expect(valueAt(data, '/ontbreekt/x')).toBeUndefined();
  });

  it('counts undefined, null, empty or whitespace-only text and an empty list as missing, but not 0 or false', () => {
    const required = ['/soort', '/aantal', '/rijen', '/plan/aanpak', '/akkoord'];
    expect(missingFields({}, required)).toEqual(required);
    expect(missingFields({ soort: '', aantal: null, rijen: [], plan: {} }, required)).toEqual(required);
    expect(missingFields({ soort: '  ', aantal: 1, rijen: [{ doel: 'd' }], plan: { aanpak: '\n' }, akkoord: true }, required)).toEqual(['/soort', '/plan/aanpak']);
    expect(missingFields({ soort: 'a', aantal: 0, rijen: [{ doel: 'd' }], plan: { aanpak: 'b' }, akkoord: false }, required)).toEqual([]);
  });

  it('counts a list whose only row was added and left empty as missing, as the server does', () => {
    expect(missingFields({ rijen: [{}] }, ['/rijen'])).toEqual(['/rijen']);
    expect(missingFields({ rijen: [{ doel: ' ' }, {}] }, ['/rijen'])).toEqual(['/rijen']);
    expect(missingFields({ rijen: [{}, { doel: 'd' }] }, ['/rijen'])).toEqual([]);
  });

  it('names the missing fields with the schema titles in Dutch and the i18n labels in English', () => {
    const data = { aantal: 3 };
    const required = ['/soort', '/aantal', '/plan/aanpak'];
    expect(missingFieldLabels(form, data, required, 'nl')).toEqual(['Soort meting', 'Onderwijsprogramma › Aanpak']);
    expect(missingFieldLabels(form, data, required, 'en')).toEqual(['Kind of measurement', 'Programme › Approach']);
    expect(missingFieldLabels(form, { soort: 'x', aantal: 1, plan: { aanpak: 'y' } }, required, 'en')).toEqual([]);
  });
});
