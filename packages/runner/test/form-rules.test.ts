import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@koers/engine';
import { FormStep } from '../src/form/FormStep';
import { liveRules } from '../src/form/live-rules';

// The form's rules while filling in: the engine's own checkRules, at the field, in the reader's language.
const form: FormDefinition = {
  id: 'smart', title: { nl: 'SMART-doelen', en: 'SMART goals' },
  schema: {
    type: 'object',
    properties: {
      email: { type: 'string', title: 'E-mail' },
      telefoon: { type: 'string', title: 'Telefoon' },
      doelen: { type: 'array', title: 'Doelen', items: { type: 'object', properties: {
        begindatum: { type: 'string', format: 'date', title: 'Begindatum' },
        einddatum: { type: 'string', format: 'date', title: 'Einddatum' },
      } } },
    },
  },
  rules: [
    {
      id: 'half-jaar', items: '/doelen', path: '/einddatum',
      check: { or: [{ '!': { var: 'begindatum' } }, { '!': { var: 'einddatum' } }, { '>=': [{ date: { var: 'einddatum' } }, { addDuration: [{ var: 'begindatum' }, 'P6M'] }] }] },
      message: { nl: 'De einddatum ligt minstens een half jaar na de begindatum.', en: 'The end date lies at least half a year after the start date.' },
    },
    {
      id: 'zelfde-schooljaar', items: '/doelen', path: '/einddatum', severity: 'warning',
      check: { or: [{ '!': { var: 'einddatum' } }, { '==': [{ schoolYear: { var: 'begindatum' } }, { schoolYear: { var: 'einddatum' } }] }] },
      message: { nl: 'Dit doel loopt door in een volgend schooljaar.', en: 'This goal runs on into another school year.' },
    },
    {
      id: 'contact', path: '/email', check: { or: [{ '!!': { var: 'email' } }, { '!!': { var: 'telefoon' } }] },
      message: { nl: 'Vul een e-mailadres of een telefoonnummer in.', en: 'Fill in an e-mail address or a phone number.' },
    },
  ],
};

const html = (data: object, lang: 'nl' | 'en' = 'nl', extra: object = {}) =>
  renderToStaticMarkup(createElement(FormStep, { form, data: data as never, lang, ...extra }));

describe('FormStep checks the form\'s rules while it is filled in', () => {
  it('shows a broken error rule at the field of the item it is about, in Dutch and in English', () => {
    const data = { email: 'a@b.nl', doelen: [{ begindatum: '2026-09-01', einddatum: '2027-07-01' }, { begindatum: '2026-09-01', einddatum: '2026-12-01' }] };
    const nl = html(data);
    expect(nl).toContain('De einddatum ligt minstens een half jaar na de begindatum.');
    expect(nl).toMatch(/data-kf-path="doelen\.1\.einddatum"[^]*De einddatum ligt minstens een half jaar/);
    expect(nl.match(/minstens een half jaar/g)).toHaveLength(1);
    expect(html(data, 'en')).toContain('The end date lies at least half a year after the start date.');
  });

  it('shows a warning as a warning ("Let op"), not as an error', () => {
    const nl = html({ email: 'a@b.nl', doelen: [{ begindatum: '2026-09-01', einddatum: '2027-09-01' }] });
    expect(nl).toContain('class="kf-warning"');
    expect(nl).toMatch(/Let op: <\/span>Dit doel loopt door in een volgend schooljaar\./);
    expect(nl).not.toContain('kf-field--invalid');
  });

  it('keeps quiet about a rule until a field it reads is filled in, and in read-only mode', () => {
    expect(liveRules(form, {})).toEqual({ errors: [], warnings: [] });
    expect(liveRules(form, { telefoon: '' }).errors).toEqual([]);
    expect(liveRules(form, { telefoon: ' ', email: 'x' }).errors).toEqual([]);
    const data = { doelen: [{ begindatum: '2026-09-01', einddatum: '2026-10-01' }] };
    expect(liveRules(form, data).errors.map((e) => e.path)).toEqual(['/doelen/0/einddatum']);
    expect(html(data, 'nl', { readonly: true })).not.toContain('half jaar na');
    expect(html(data, 'nl', { checkRules: false })).not.toContain('half jaar na');
  });

  it('shows a server\'s rule error once, not twice, when it is also found while typing', () => {
    const data = { email: 'a@b.nl', doelen: [{ begindatum: '2026-09-01', einddatum: '2026-10-01' }] };
    const message = form.rules![0]!.message;
    const out = html(data, 'nl', { errors: [{ path: '/doelen/0/einddatum', message, keyword: 'rule' }], showSummary: false });
    expect(out.match(/minstens een half jaar/g)).toHaveLength(1);
  });
});

describe('a server\'s rule error after the answer changed', () => {
  it('goes once the rule holds again; other server errors stay', () => {
    const message = form.rules![0]!.message;
    const errors = [{ path: '/doelen/0/einddatum', message, keyword: 'rule' }, { path: '/email', message: { nl: 'Onbekend adres', en: 'Unknown address' }, keyword: 'server' }];
    const fixed = html({ email: 'a@b.nl', doelen: [{ begindatum: '2026-09-01', einddatum: '2027-03-01' }] }, 'nl', { errors });
    expect(fixed).not.toContain('half jaar na');
    expect(fixed).toContain('Onbekend adres');
  });
});
