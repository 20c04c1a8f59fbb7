import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Expression, checkRules, evaluate, loadBundle } from '../src';

// docs/definition-format.md: the date operators' worked lines (§5 "Rekenen met datums") give what they say, and the
// documented form with rules (§6 "Controles over velden en items") loads and behaves as the text says.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const block = (heading: string, fence: string) => {
  const from = doc.indexOf(heading);
  const open = doc.indexOf(fence, from) + fence.length;
  return doc.slice(open, doc.indexOf('```', open));
};

describe('the documented date operators', () => {
  const lines = block('### Rekenen met datums', '```text').trim().split('\n');

  it('documents at least one line per operator', () => {
    for (const op of ['date', 'addDuration', 'daysBetween', 'schoolYear']) expect(lines.some((l) => l.includes(`"${op}"`)), op).toBe(true);
  });

  for (const line of lines) {
    const [expr, result] = line.split('→').map((part) => part.trim()) as [string, string];
    it(`${expr} gives ${result}`, () => {
      expect(evaluate(JSON.parse(expr) as Expression, {})).toEqual(JSON.parse(result));
    });
  }
});

describe('the documented form with rules', () => {
  const form = JSON.parse(block('### Controles over velden en items', '```json'));

  it('loads without a problem, its example satisfying every error rule', () => {
    expect(loadBundle([{ file: 'forms/smart-doelen.json', text: JSON.stringify(form) }]).problems).toEqual([]);
  });

  it('puts the third goal\'s end date message at /doelen/2/einddatum, warns about a goal before the start, and asks for e-mail or phone', () => {
    const goal = (begindatum: string, einddatum: string) => ({ doel: 'x', begindatum, einddatum });
    const answers = { startdatum: '2026-09-01', doelen: [goal('2026-09-01', '2027-07-01'), goal('2026-08-01', '2027-07-01'), goal('2026-10-01', '2027-01-01')] };
    expect(checkRules(form, answers).map((o) => [o.rule, o.severity, o.path])).toEqual([
      ['minstens-half-jaar', 'error', '/doelen/2/einddatum'],
      ['na-de-start', 'warning', '/doelen/1/begindatum'],
      ['contact', 'error', '/email'],
    ]);
    expect(checkRules(form, { ...answers, doelen: [], telefoon: '010-1234567' })).toEqual([]);
  });
});
