import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileForm, loadBundle, type FormDefinition } from '@koers/engine';
import { numberHint, unitOf } from '../src/renderers/number-hint';

// docs/definition-format.md "Getallen en eenheden": the documented form loads as a form of a type, and its
// number fields say what they take, with the unit from the UI schema's `options.unit`.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('<!-- voorbeeld: getal met eenheid');
const start = doc.indexOf('```json', from) + 7;
const form = JSON.parse(doc.slice(start, doc.indexOf('```', start))) as FormDefinition;

interface Control { scope?: string; options?: Record<string, unknown>; elements?: Control[] }
function controlAt(element: Control, scope: string): Control | undefined {
  if (element.scope === scope) return element;
  const children = [...(element.elements ?? []), ...(element.options?.detail ? [element.options.detail as Control] : [])];
  for (const child of children) {
    const found = controlAt(child, scope);
    if (found) return found;
  }
  return undefined;
}

describe('number fields say what they take', () => {
  it('loads the documented example as a valid form of a type', () => {
    const definition = {
      id: 'meting', version: 1, title: { nl: 'Meting', en: 'Measurement' }, description: { nl: 'Voorbeeld.', en: 'Example.' },
      roles: { directie: { title: { nl: 'Directie', en: 'Management' } } },
      machine: { id: 'meting', initial: 'meten', states: {
        meten: { meta: { title: { nl: 'Meten', en: 'Measure' }, roles: ['directie'], forms: ['meting-voorbeeld'],
          events: { KLAAR: { label: { nl: 'Klaar', en: 'Done' }, roles: ['directie'], form: 'meting-voorbeeld' } } }, on: { KLAAR: 'klaar' } },
        klaar: { type: 'final', meta: { title: { nl: 'Klaar', en: 'Done' } } },
      } },
    };
    const bundle = loadBundle([
      { file: 'workflows/meting.json', text: JSON.stringify(definition) },
      { file: 'forms/meting-voorbeeld.json', text: JSON.stringify(form) },
    ]);
    expect(bundle.problems).toEqual([]);
  });

  it('names the unit of a field inside a repeatable group and of a field at the top, in both languages', () => {
    const rendement = controlAt(form.uischema as Control, '#/properties/rendement');
    const uren = controlAt(form.uischema as Control, '#/properties/uren');
    expect(unitOf(rendement?.options, 'nl')).toBe('%');
    expect(unitOf(uren?.options, 'nl')).toBe('uren');
    expect(unitOf(uren?.options, 'en')).toBe('hours');
    expect(unitOf(undefined, 'nl')).toBeUndefined();
    expect(numberHint({ type: 'number', minimum: 0 }, '%', 'nl')).toBe('Een getal in %, 0 of meer');
    expect(numberHint({ type: 'number', minimum: 0 }, 'hours', 'en')).toBe('A number in hours, 0 or more');
    expect(numberHint({ type: 'integer', minimum: 1, maximum: 10 }, undefined, 'nl')).toBe('Een geheel getal van 1 tot en met 10');
    expect(numberHint({ type: 'number', maximum: 2.5 }, undefined, 'nl')).toBe('Een getal, hooguit 2,5');
  });

  it('refuses text in a number field with the message the server gives, and accepts the example', () => {
    const compiled = compileForm(form, 'forms/meting-voorbeeld.json');
    expect(compiled.validate(form.examples![0])).toEqual([]);
    expect(compiled.validate({ rendementen: [{ groep: '5/6', rendement: 'veel' }] }).map((e) => [e.path, e.message.nl]))
      .toEqual([['/rendementen/0/rendement', 'moet een getal zijn']]);
  });
});
