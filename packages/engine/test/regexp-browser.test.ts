import { describe, expect, it } from 'vitest';
import { safeRegExp as re2 } from '../src/forms/regexp';
import { safeRegExp as browser } from '../src/forms/regexp-browser';
import { schemaPatterns } from '../src/lint/patterns';
import { readTree } from './helpers';

const samples = ['', '09:30', '24:00', '2026-2027', '2026/2027', '99KA', '99ka', 'A1', 'é', '😀', 'abc\ndef', ' 12:00 '];

describe('the browser pattern engine (package.json imports #regexp, condition browser)', () => {
  it('agrees with RE2 on every pattern in the shipped forms, for their examples and for odd text', () => {
    const forms = readTree('forms').map((f) => JSON.parse(f.text) as { schema: unknown; examples?: unknown[] });
    const patterns = forms.flatMap((form) => schemaPatterns(form.schema).map((p) => p.source));
    expect(patterns.length).toBeGreaterThan(0);
    const texts = [...samples, ...forms.flatMap((form) => JSON.stringify(form.examples ?? []).match(/"[^"]*"/g) ?? []).map((t) => t.slice(1, -1))];
    for (const pattern of patterns) {
      for (const text of texts) expect(browser(pattern, 'u').test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(re2(pattern, 'u').test(text));
    }
  });

  it('matches with Unicode semantics, as JSON Schema and the RE2 engine do', () => {
    expect(browser('^.$', '').test('😀')).toBe(true);
    expect(re2('^.$', 'u').test('😀')).toBe(true);
  });
});
