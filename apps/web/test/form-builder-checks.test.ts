import { describe, expect, it } from 'vitest';
import { type FormDefinition, type JsonObject, checkRules, loadBundle } from '@koers/engine';
import { checkOf, newRule, readCheck, withRow } from '../src/admin/model/form-checks';

// The form builder's "Controles": each kind of row writes the JSON docs/definition-format.md §6 documents, reads it
// back as the same row, and the rule it writes passes the linter and works in the engine.
const form: JsonObject = {
  id: 'smart', title: { nl: 'SMART', en: 'SMART' },
  schema: { type: 'object', properties: {
    email: { type: 'string', title: 'E-mail' }, telefoon: { type: 'string', title: 'Telefoon' },
    doelen: { type: 'array', title: 'Doelen', items: { type: 'object', properties: {
      doel: { type: 'string', title: 'Doel' },
      begindatum: { type: 'string', format: 'date', title: 'Begindatum' },
      einddatum: { type: 'string', format: 'date', title: 'Einddatum' },
    } } },
  } },
  examples: [{ email: 'a@b.nl', doelen: [{ doel: 'x', begindatum: '2026-09-01', einddatum: '2027-07-01' }] }],
};
const lint = (rules: JsonObject[]) => loadBundle([{ file: 'forms/smart.json', text: JSON.stringify({ ...form, rules }) }]).problems;

describe('form builder checks', () => {
  it('adds a date order per goal with the two date fields and a message from their labels, valid at once', () => {
    const rule = newRule(form, 'order', 'controle-1', '/doelen');
    expect(rule).toMatchObject({ id: 'controle-1', items: '/doelen', path: '/einddatum', message: { nl: 'Einddatum ligt na begindatum.' } });
    expect(readCheck(rule.check)).toMatchObject({ kind: 'order', first: 'begindatum', second: 'einddatum' });
    expect(lint([rule])).toEqual([]);
    const outcomes = checkRules({ rules: [rule] } as unknown as FormDefinition, { doelen: [{ begindatum: '2026-09-01', einddatum: '2026-08-01' }] });
    expect(outcomes.map((o) => o.path)).toEqual(['/doelen/0/einddatum']);
  });

  it('writes a minimum span with its duration and reads it back; changing the duration rewrites the check', () => {
    const rule = newRule(form, 'span', 'half-jaar', '/doelen');
    expect(readCheck(rule.check)).toMatchObject({ kind: 'span', duration: 'P6M' });
    expect(lint([rule])).toEqual([]);
    const year = withRow(rule, { ...readCheck(rule.check), duration: 'P1Y' });
    expect(readCheck(year.check)).toMatchObject({ kind: 'span', first: 'begindatum', second: 'einddatum', duration: 'P1Y' });
    // The example's goal runs ten months: the linter says so, at the example's field.
    expect(lint([year]).map((p) => [p.pointer, p.code])).toEqual([['/examples/0/doelen/0/einddatum', 'example-breaks-rule']]);
  });

  it('writes "at least one of" over the form\'s fields, with the message at the first', () => {
    const rule = newRule(form, 'oneOf', 'contact');
    expect(rule).toMatchObject({ path: '/email', check: { or: [{ '!!': { var: 'email' } }, { '!!': { var: 'telefoon' } }] } });
    expect(readCheck(rule.check)).toMatchObject({ kind: 'oneOf', fields: ['email', 'telefoon'] });
    expect(lint([rule])).toEqual([]);
  });

  it('keeps any other expression as a free JSON Logic row, untouched', () => {
    const check = { '==': [{ schoolYear: { var: 'begindatum' } }, { schoolYear: { var: 'einddatum' } }] };
    expect(readCheck(check).kind).toBe('custom');
    const rule = { id: 'x', path: '/einddatum', check, message: { nl: 'x', en: 'x' } };
    expect(withRow(rule, readCheck(check))).toBe(rule);
    expect(checkOf({ kind: 'order', first: 'a', second: 'b', duration: 'P6M', fields: [] })).toEqual(
      { or: [{ '!': { var: 'a' } }, { '!': { var: 'b' } }, { '<': [{ date: { var: 'a' } }, { date: { var: 'b' } }] }] });
  });
});
