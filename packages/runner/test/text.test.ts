import { describe, expect, it } from 'vitest';
import { msg } from '../src/i18n/messages';
import { formTranslator, humanizeValue, optionLabel } from '../src/i18n/translate';
import { formatValue, isEmptyValue } from '../src/renderers/format';
import { parseNumber } from '../src/renderers/FieldControl';
import { itemTitle } from '../src/renderers/RepeatableControl';
import { scaleSteps } from '../src/renderers/ScaleControl';

describe('translation', () => {
  const form = { i18n: { en: { 'doel.label': 'Goal' } } };

  it('keeps the Dutch schema text in Dutch and takes i18n.en in English', () => {
    expect(formTranslator(form, 'nl')('doel.label', 'Doel')).toBe('Doel');
    expect(formTranslator(form, 'en')('doel.label', 'Doel')).toBe('Goal');
  });

  it('falls back to Dutch for a key the form does not translate', () => {
    expect(formTranslator(form, 'en')('uren.label', 'Uren')).toBe('Uren');
    expect(formTranslator({}, 'en')('x', undefined)).toBeUndefined();
  });

  it('names coded choice values in Dutch from i18n.nl, in English too when i18n.en lacks them', () => {
    const coded = { i18n: { nl: { 'deelnemers.ib': 'Intern begeleider (ib)' }, en: { 'deelnemers.directie': 'Management' } } };
    expect(formTranslator(coded, 'nl')('deelnemers.ib', 'ib')).toBe('Intern begeleider (ib)');
    expect(formTranslator(coded, 'en')('deelnemers.ib', 'ib')).toBe('Intern begeleider (ib)');
    expect(formTranslator(coded, 'en')('deelnemers.directie', 'directie')).toBe('Management');
    expect(optionLabel({ label: formTranslator(coded, 'nl')('deelnemers.ib', 'ib')!, value: 'ib' })).toBe('Intern begeleider (ib)');
  });

  it('makes untranslated option values readable, leaving short codes alone', () => {
    expect(humanizeValue('externe-begeleiding')).toBe('Externe begeleiding');
    expect(humanizeValue('tussentijds_bijstellen')).toBe('Tussentijds bijstellen');
    expect(humanizeValue('ib')).toBe('ib');
    expect(optionLabel({ label: 'Case manager', value: 'casemanager' })).toBe('Case manager');
    expect(optionLabel({ label: 'casemanager', value: 'casemanager' })).toBe('Casemanager');
  });

  it('fills placeholders in the runner\'s own texts', () => {
    expect(msg('addTo', 'nl', { label: 'Deelnemers' })).toBe('Toevoegen aan Deelnemers');
    expect(msg('removeItem', 'en', { item: 'Goal 2' })).toBe('Remove Goal 2');
  });
});

describe('read-only values', () => {
  it('writes dates out as calendar days, whatever the time zone', () => {
    expect(formatValue('date', '2026-10-06', 'nl')).toBe('6 oktober 2026');
    expect(formatValue('date', '2026-10-06', 'en')).toBe('6 October 2026');
  });

  it('shows yes/no, decimal commas in Dutch and "not filled in" for empty answers', () => {
    expect(formatValue('boolean', true, 'nl')).toBe('Ja');
    expect(formatValue('boolean', false, 'en')).toBe('No');
    expect(formatValue('number', 1.5, 'nl')).toBe('1,5');
    expect(formatValue('text', '', 'nl')).toBe('Niet ingevuld');
    expect(isEmptyValue([])).toBe(true);
    expect(isEmptyValue(0)).toBe(false);
  });
});

describe('inputs', () => {
  it('reads a decimal comma or point, and nothing from text that is no number', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('2.25')).toBe(2.25);
    expect(parseNumber(' 3 ')).toBe(3);
    expect(parseNumber('2,')).toBe(2);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('twee')).toBeUndefined();
  });

  it('lists the steps of a scale', () => {
    expect(scaleSteps(1, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('titles an item by its own field when the UI schema names one, else by number', () => {
    expect(itemTitle('Deelnemer', 1, { naam: 'Sanne' }, 'naam')).toBe('Sanne');
    expect(itemTitle('Deelnemer', 1, { naam: '' }, 'naam')).toBe('Deelnemer 2');
    expect(itemTitle('Deelnemer', 0, {})).toBe('Deelnemer 1');
  });
});
