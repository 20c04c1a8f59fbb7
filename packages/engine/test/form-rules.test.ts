import { describe, expect, it } from 'vitest';
import { type FormRule, type JsonObject, checkRules, loadBundle, send, start } from '../src';
import { readTree, rejection } from './helpers';

// Form rules (docs/definition-format.md §6 "Controles over velden heen"): the fixture's intake form with SMART
// goals, a date order and a minimum span per goal, "at least one of" two contact fields, and a warning.
const ITEM_RULES: FormRule[] = [
  {
    id: 'einde-na-begin', items: '/doelen', path: '/einddatum',
    check: { or: [{ '!': { var: 'begindatum' } }, { '!': { var: 'einddatum' } }, { '<': [{ date: { var: 'begindatum' } }, { date: { var: 'einddatum' } }] }] },
    message: { nl: 'De einddatum ligt na de begindatum.', en: 'The end date lies after the start date.' },
  },
  {
    id: 'minstens-half-jaar', items: '/doelen', path: '/einddatum',
    check: { or: [{ '!': { var: 'begindatum' } }, { '!': { var: 'einddatum' } }, { '>=': [{ date: { var: 'einddatum' } }, { addDuration: [{ var: 'begindatum' }, 'P6M'] }] }] },
    message: { nl: 'De einddatum ligt minstens een half jaar na de begindatum.', en: 'The end date lies at least half a year after the start date.' },
  },
  {
    id: 'binnen-traject', items: '/doelen', path: '/begindatum', severity: 'warning',
    check: { or: [{ '!': { var: '$form.startdatum' } }, { '!': { var: 'begindatum' } }, { '>=': [{ date: { var: 'begindatum' } }, { date: { var: '$form.startdatum' } }] }] },
    message: { nl: 'Dit doel begint voor de start van het traject.', en: 'This goal starts before the trajectory does.' },
  },
  {
    id: 'contact', path: '/email',
    check: { or: [{ '!!': { var: 'email' } }, { '!!': { var: 'telefoon' } }] },
    message: { nl: 'Vul een e-mailadres of een telefoonnummer in.', en: 'Fill in an e-mail address or a phone number.' },
  },
];

const goal = (begindatum: string, einddatum: string) => ({ doel: 'Lezen', begindatum, einddatum });
const GOOD = { besluit: 'go', uren: 1, email: 'a@school.nl', startdatum: '2026-09-01', doelen: [goal('2026-09-01', '2027-07-01')] };

/** The fixture with the intake form extended by goals, contact fields and `rules`. */
function bundleWith(rules: unknown[], examples: JsonObject[] = [GOOD]) {
  return loadBundle(readTree('test/fixtures/valid').map((f) => {
    if (!f.file.includes('/forms/')) return f;
    const form = JSON.parse(f.text);
    Object.assign(form.schema.properties, {
      email: { type: 'string', title: 'E-mail' },
      telefoon: { type: 'string', title: 'Telefoon' },
      startdatum: { type: 'string', format: 'date', title: 'Start' },
      doelen: { type: 'array', title: 'Doelen', items: { type: 'object', properties: {
        doel: { type: 'string', title: 'Doel' },
        begindatum: { type: 'string', format: 'date', title: 'Begindatum' },
        einddatum: { type: 'string', format: 'date', title: 'Einddatum' },
      } } },
    });
    return { ...f, text: JSON.stringify({ ...form, rules, examples }) };
  }));
}

function intake(data: JsonObject) {
  const bundle = bundleWith(ITEM_RULES);
  expect(bundle.problems).toEqual([]);
  const def = bundle.definitions[0]!;
  const { snapshot } = start(def, { now: '2026-09-01T08:00:00.000Z' });
  return () => send(def, snapshot, { type: 'INTAKE_AFRONDEN', data }, { actor: { roles: ['casemanager'] }, now: '2026-09-02T08:00:00.000Z' });
}

describe('form rules: checks across fields and items', () => {
  it('lets answers through that keep every rule, with no flags', () => {
    const result = intake(GOOD)();
    expect(result.steps.map((s) => s.path)).toEqual(['uitvoering']);
    expect(result.flags).toEqual([]);
  });

  it('refuses an end date before the start date in the third goal, with the message at /doelen/2/einddatum', () => {
    const doelen = [goal('2026-09-01', '2027-07-01'), goal('2026-09-01', '2027-06-01'), goal('2026-10-01', '2026-09-15')];
    const refused = rejection(intake({ ...GOOD, doelen }));
    expect(refused.reason).toBe('form-invalid');
    expect(refused.fieldErrors).toEqual([
      { path: '/doelen/2/einddatum', keyword: 'rule', message: ITEM_RULES[0]!.message },
      { path: '/doelen/2/einddatum', keyword: 'rule', message: ITEM_RULES[1]!.message },
    ]);
  });

  it('refuses a span shorter than half a year (six calendar months), and accepts exactly six months', () => {
    const refused = rejection(intake({ ...GOOD, doelen: [goal('2026-08-31', '2027-02-27')] }));
    expect(refused.fieldErrors.map((e) => [e.path, e.message.en])).toEqual([['/doelen/0/einddatum', ITEM_RULES[1]!.message.en]]);
    expect(intake({ ...GOOD, startdatum: '2026-08-01', doelen: [goal('2026-08-31', '2027-02-28')] })().flags).toEqual([]);
  });

  it('refuses a form with neither of two fields ("at least one of"), and accepts either one', () => {
    const { email: _, ...withoutEmail } = GOOD;
    expect(rejection(intake(withoutEmail)).fieldErrors).toEqual([{ path: '/email', keyword: 'rule', message: ITEM_RULES[3]!.message }]);
    expect(() => intake({ ...withoutEmail, telefoon: '010-1234567' })()).not.toThrow();
  });

  it('lets a broken warning rule through and raises a form-rule flag that points at the form and the item field', () => {
    const result = intake({ ...GOOD, doelen: [goal('2026-09-01', '2027-07-01'), goal('2026-08-15', '2027-07-01')] })();
    expect(result.steps.map((s) => s.path)).toEqual(['uitvoering']);
    expect(result.flags).toEqual([{
      source: 'form-rule', code: 'binnen-traject', message: ITEM_RULES[2]!.message, detail: { form: 'mini-intake', path: '/doelen/1/begindatum' },
    }]);
  });

  it('gives the schema\'s message, not also a rule\'s, for a field the schema refuses', () => {
    const refused = rejection(intake({ ...GOOD, doelen: [goal('2026-09-01', 'volgend jaar')] }));
    expect(refused.fieldErrors.map((e) => [e.path, e.keyword])).toEqual([['/doelen/0/einddatum', 'format']]);
  });

  it('evaluates the same rules the same way outside the engine (what the runner calls while filling in)', () => {
    const outcomes = checkRules({ rules: ITEM_RULES }, { doelen: [goal('2026-09-01', '2026-08-01')], startdatum: '2026-09-02' });
    expect(outcomes.map((o) => [o.rule, o.severity, o.path])).toEqual([
      ['einde-na-begin', 'error', '/doelen/0/einddatum'], ['minstens-half-jaar', 'error', '/doelen/0/einddatum'],
      ['binnen-traject', 'warning', '/doelen/0/begindatum'], ['contact', 'error', '/email'],
    ]);
    // $index is the item's number from 0.
    expect(checkRules({ rules: [{ id: 'eerste', items: '/doelen', path: '/doel', check: { '==': [{ var: '$index' }, 0] }, message: { nl: 'x', en: 'x' } }] },
      { doelen: [{}, {}] }).map((o) => o.path)).toEqual(['/doelen/1/doel']);
  });
});

describe('the linter checks form rules', () => {
  const located = (rules: unknown[], examples?: JsonObject[]) =>
    bundleWith(rules, examples).problems.filter((p) => p.file.includes('/forms/')).map((p) => [p.pointer, p.code]);
  const ok = { id: 'r', path: '/email', check: true, message: { nl: 'x', en: 'x' } };

  it('accepts the rules above', () => expect(located(ITEM_RULES)).toEqual([]));

  it('refuses a field the check reads that does not exist, in the form or in the item', () => {
    expect(located([{ ...ok, check: { '!': { var: 'emial' } } }])).toEqual([['/rules/0/check/!/var', 'rule-unknown-field']]);
    expect(located([{ ...ok, items: '/doelen', path: '/einddatum', check: { '!=': [{ var: 'begin' }, { var: '$form.startdatum' }] } }]))
      .toEqual([['/rules/0/check/!=/0/var', 'rule-unknown-field']]);
  });

  it('refuses a path that does not exist and an items pointer that is no list', () => {
    expect(located([{ ...ok, path: '/mail' }])).toEqual([['/rules/0/path', 'rule-unknown-field']]);
    expect(located([{ ...ok, items: '/email' }])).toEqual([['/rules/0/items', 'rule-bad-items']]);
    expect(located([{ ...ok, items: '/doelen', path: '/email' }])).toEqual([['/rules/0/path', 'rule-unknown-field']]);
  });

  it('refuses a duplicate id, a missing message and a bad duration literal', () => {
    expect(located([ok, ok])).toEqual([['/rules/1/id', 'duplicate-rule-id']]);
    const { message: _, ...noMessage } = ok;
    expect(located([noMessage])).toEqual([['/rules/0/message', 'format']].map(([p]) => [p, expect.any(String)]));
    expect(located([{ ...ok, check: { '<': [{ var: 'startdatum' }, { addDuration: [{ var: 'startdatum' }, '6 maanden'] }] } }]))
      .toEqual([['/rules/0/check/</1/addDuration/1', 'bad-expression']]);
  });

  it('refuses an example that breaks an error rule, at the example field; a broken warning rule is fine in an example', () => {
    expect(located(ITEM_RULES, [{ ...GOOD, doelen: [goal('2026-09-01', '2026-12-01')] }]))
      .toEqual([['/examples/0/doelen/0/einddatum', 'example-breaks-rule']]);
    expect(located(ITEM_RULES, [{ ...GOOD, doelen: [goal('2026-08-01', '2027-07-01')] }])).toEqual([]);
  });
});
