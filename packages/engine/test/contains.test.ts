import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition, type JsonObject } from '../src';

const form = (deelnemers: JsonObject, i18n?: FormDefinition['i18n']): FormDefinition => ({
  id: 'gesprek',
  title: { nl: 'Gesprek', en: 'Meeting' },
  schema: { type: 'object', properties: { deelnemers } },
  i18n,
});

describe('a list that must contain someone', () => {
  it('says who is missing from the list, by their label, in Dutch and English', () => {
    const compiled = compileForm(form(
      { type: 'array', title: 'Deelnemers', contains: { const: 'smw' }, items: { type: 'string', enum: ['smw', 'ib'] } },
      { nl: { 'deelnemers.smw': 'Schoolmaatschappelijk werker' }, en: { 'deelnemers.label': 'Participants', 'deelnemers.smw': 'School social worker' } },
    ), 'forms/gesprek.json');
    const errors = compiled.validate({ deelnemers: ['ib'] });
    expect(errors.map((e) => ({ path: e.path, keyword: e.keyword, message: e.message }))).toEqual([{
      path: '/deelnemers', keyword: 'contains',
      message: { nl: 'de schoolmaatschappelijk werker ontbreekt bij de deelnemers', en: 'the school social worker is missing from the participants' },
    }]);
  });

  it('reads the value from a property of list items, and falls back to the value itself without labels', () => {
    const compiled = compileForm(form({
      type: 'array', title: 'Deelnemers', contains: { type: 'object', properties: { rol: { const: 'casemanager' } }, required: ['rol'] },
      items: { type: 'object', properties: { rol: { type: 'string', enum: ['casemanager', 'ib'] } } },
    }), 'forms/gesprek.json');
    const errors = compiled.validate({ deelnemers: [{ rol: 'ib' }] });
    expect(errors.map((e) => e.message)).toEqual([
      { nl: 'de casemanager ontbreekt bij de deelnemers', en: 'the casemanager is missing from the deelnemers' },
    ]);
  });
});
