import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { checkBundle, compileForm, type FormDefinition, type JsonObject } from '@koers/engine';
import {
  categorizationTester, fieldKind, fieldTester, multiChoiceTester, oneOfChoiceTester, repeatableTester, scaleTester,
} from '@koers/runner';
import { addField, addLayout, keyFromLabel, NEW_FIELD_KINDS, newForm, splitIntoTabs, type NewFieldKind } from '../src/admin/model/form-add';
import { choiceOptions, setChoiceOptions } from '../src/admin/model/form-choices';
import { getIn } from '../src/admin/model/edit';
import { addExample, removeExample } from '../src/admin/model/form-examples';
import { setRequired } from '../src/admin/model/form-field-edit';
import { kindOf, schemaNode } from '../src/admin/model/form-fields';
import { flatten, itemOfField, layoutOf } from '../src/admin/model/form-layout';
import { removeField } from '../src/admin/model/form-remove';
import { readRule, writeRule } from '../src/admin/model/form-rule';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as JsonObject;
const definition = read('workflows/pd-schoolontwikkeling.json');
const formFiles = readdirSync(join(root, 'forms')).filter((f) => f.startsWith('pd-'));
const forms = formFiles.map((f) => read(`forms/${f}`));
const index = forms.findIndex((f) => f.id === 'pd-startgesprek');

/** The problems of the PD type with its start meeting form replaced. */
function problemsWith(form: JsonObject) {
  const next = [...forms];
  next[index] = form;
  return checkBundle(definition, next).problems;
}

/** The renderer the runner picks for the control of `field`: the tester with the highest rank wins. */
function rendererFor(form: JsonObject, field: string): string {
  const item = itemOfField(layoutOf(form), field)!;
  const control = getIn(form, item.keys) as unknown as UISchemaElement;
  const inGroup = item.keys.includes('detail');
  const base = (inGroup ? schemaNode(form, `${field.split('/items/')[0]!}/items`) : form.schema) as JsonSchema;
  const ctx = { rootSchema: base, config: {} };
  const ranked = ([
    ['field', fieldTester], ['scale', scaleTester], ['choice', oneOfChoiceTester], ['multi', multiChoiceTester],
    ['repeatable', repeatableTester],
  ] as const).map(([name, tester]) => [name, tester(control, base, ctx)] as const).sort((a, b) => b[1] - a[1]);
  const [name, rank] = ranked[0]!;
  if (rank <= 0) return 'none';
  return name === 'field' ? `field:${fieldKind(schemaNode(form, field) as JsonSchema, control.options)}` : name;
}

const EXPECTED: Record<NewFieldKind, string> = {
  text: 'field:text', textarea: 'field:textarea', number: 'field:number', integer: 'field:integer', date: 'field:date',
  choice: 'choice', multi: 'multi', yesno: 'choice', checkbox: 'field:boolean', scale: 'scale', group: 'repeatable',
};

describe('adding fields in the form builder', () => {
  it('starts from a lint-clean type', () => {
    expect(problemsWith(forms[index]!)).toEqual([]);
  });

  it.each(NEW_FIELD_KINDS)('adds a %s field the engine accepts and the runner renders as intended, at the top level and in a group', (kind) => {
    const start = forms[index]!;
    const tab = layoutOf(start).children![0]!;
    let form = addField(start, tab, kind, 'nieuw', { nl: 'Nieuw veld', en: 'New field' });
    const group = itemOfField(layoutOf(form), '/properties/smartDoelen')!;
    form = addField(form, group, kind, 'binnen', { nl: 'Binnen', en: 'Inside' });
    expect(problemsWith(form)).toEqual([]);
    expect(kindOf(schemaNode(form, '/properties/nieuw'), (getIn(form, itemOfField(layoutOf(form), '/properties/nieuw')!.keys) as JsonObject).options)).toBe(kind);
    expect(getIn(form, ['i18n', 'en', 'nieuw.label'])).toBe('New field');
    expect(getIn(form, ['i18n', 'en', 'smartDoelen.binnen.label'])).toBe('Inside');
    expect(rendererFor(form, '/properties/nieuw')).toBe(EXPECTED[kind]);
    expect(rendererFor(form, '/properties/smartDoelen/items/properties/binnen')).toBe(EXPECTED[kind]);
  });

  it('builds a new form (starting without an example) with a repeatable group, a show-when rule and a valid example from nothing', () => {
    let form = newForm('mijn-formulier', { nl: 'Mijn formulier', en: 'My form' });
    expect(form).not.toHaveProperty('examples');
    const top = () => layoutOf(form);
    form = addField(form, top(), 'yesno', 'doelen', { nl: 'Doelen gesteld?', en: 'Goals set?' });
    form = setRequired(form, '/properties/doelen', true);
    // Only the missing example is a problem, never "does not match the schema" about a field just made.
    const own = () => checkBundle(definition, [...forms, form]).problems.filter((p) => p.file === `forms/${forms.length}`).map((p) => p.code);
    expect(own()).toEqual(['no-example']);
    form = addField(form, top(), 'group', 'smartDoelen', { nl: 'SMART-doel', en: 'SMART goal' });
    const group = itemOfField(top(), '/properties/smartDoelen')!;
    form = addField(form, group, 'textarea', 'doel', { nl: 'Doel', en: 'Goal' });
    form = addField(form, itemOfField(top(), '/properties/smartDoelen')!, 'date', 'einddatum', { nl: 'Einddatum', en: 'End date' });
    form = addLayout(form, top(), 'Label', { nl: 'Vul per doel in.', en: 'Fill in per goal.' }, 'uitleg');
    const control = itemOfField(top(), '/properties/smartDoelen')!;
    form = writeRule(form, control.keys, '', { effect: 'SHOW', field: '/properties/doelen', values: [true] });
    expect(readRule(form, control.keys, '')).toEqual({ effect: 'SHOW', field: '/properties/doelen', values: [true] });
    form = addExample(form, { doelen: true, smartDoelen: [{ doel: 'Lezen', einddatum: '2027-07-01' }] });
    const compiled = compileForm(form as unknown as FormDefinition, 'f');
    expect(compiled.validate({ doelen: true, smartDoelen: [{ doel: 'Lezen', einddatum: 'morgen' }] })[0]?.path).toBe('/smartDoelen/0/einddatum');
    expect(own()).toEqual([]);
    expect(flatten(top()).map((i) => i.kind)).toEqual(['column', 'control', 'control', 'control', 'control', 'label']);
  });

  it('removes a field with its controls, texts and example answers, and reports a broken example otherwise', () => {
    const start = forms[index]!;
    const form = removeField(start, '/properties/smartDoelen/items/properties/doel');
    expect(JSON.stringify(form)).not.toContain('"doel"');
    expect(getIn(form, ['i18n', 'en', 'smartDoelen.doel.label'])).toBeUndefined();
    expect(problemsWith(form)).toEqual([]);
    const withoutCondition = removeField(start, '/properties/pdKarakterBesproken');
    expect(JSON.stringify(withoutCondition)).not.toContain('pdKarakterBesproken');
    expect(JSON.stringify(withoutCondition)).toContain('{"type":"Control","scope":"#/properties/verbindingLeerlingentraject","options":{"multi":true}}');
    expect(problemsWith(withoutCondition)).toEqual([]);
    const bad = removeExample(addExample(start, { datum: 'gisteren' }), 0);
    expect(problemsWith(bad).map((p) => [p.code, p.pointer])).toContainEqual(['bad-example', '/examples/0/datum']);
  });

  it('edits choice options in place and names new ones in both languages', () => {
    const start = forms[index]!;
    const rol = '/properties/deelnemers/items/properties/rol';
    const options = choiceOptions(start, rol);
    expect(options.find((o) => o.value === 'ib')).toEqual({ value: 'ib', nl: 'Intern begeleider (ib)', en: 'Internal support coordinator' });
    const form = setChoiceOptions(start, rol, [...options.filter((o) => o.value !== 'teamlid'), { value: 'ouder', nl: 'Ouder', en: 'Parent' }]);
    expect(getIn(form, ['schema', 'properties', 'deelnemers', 'items', 'properties', 'rol', 'enum'])).toEqual(['casemanager', 'ib', 'zorgspecialist', 'directie', 'ouder']);
    expect(getIn(form, ['i18n', 'en', 'deelnemers.rol.teamlid'])).toBeUndefined();
    expect(getIn(form, ['i18n', 'nl', 'deelnemers.rol.ouder'])).toBe('Ouder');
  });

  it('splits a vertical form into tabs, keeping its fields in the first tab, and the runner shows tabs', () => {
    let form = newForm('tabs', { nl: 'Tabs', en: 'Tabs' });
    form = addField(form, layoutOf(form), 'text', 'naam', { nl: 'Naam', en: 'Name' });
    form = splitIntoTabs(form, { nl: 'Algemeen', en: 'General' });
    const outline = layoutOf(form);
    expect(outline.kind).toBe('tabs');
    form = addLayout(form, outline, 'Category', { nl: 'Verdieping', en: 'Depth' }, 'categorie.2');
    form = addField(form, layoutOf(form).children![1]!, 'date', 'datum', { nl: 'Datum', en: 'Date' });
    expect(flatten(layoutOf(form)).map((i) => `${i.kind}:${i.field ?? i.label ?? ''}`)).toEqual([
      'tabs:', 'tab:Algemeen', 'control:/properties/naam', 'tab:Verdieping', 'control:/properties/datum']);
    const ui = form.uischema as unknown as UISchemaElement;
    expect(categorizationTester(ui, form.schema as JsonSchema, { rootSchema: form.schema as JsonSchema, config: {} })).toBeGreaterThan(0);
    expect(getIn(form, ['i18n', 'en', 'categorie.2.label'])).toBe('Depth');
    form = addExample(form, { naam: 'Sam', datum: '2027-01-01' });
    expect(checkBundle(definition, [...forms, form]).problems.filter((p) => p.file === `forms/${forms.length}`)).toEqual([]);
  });

  it('makes keys from labels that are unique and start with a letter', () => {
    expect(keyFromLabel('Datum van het gesprek', [])).toBe('datumVanHetGesprek');
    expect(keyFromLabel('Één doel', ['eenDoel'])).toBe('eenDoel2');
    expect(keyFromLabel('12 weken', [])).toBe('veld12Weken');
  });
});
