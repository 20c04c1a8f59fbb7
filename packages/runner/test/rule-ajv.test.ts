import { isVisible, type UISchemaElement } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { ruleAjv } from '../src/form/rule-ajv';

describe('rule conditions in a form', () => {
  it('match patterns with RE2 semantics, so a backtracking pattern cannot hang the page', () => {
    const control = {
      type: 'Control', scope: '#/properties/code',
      rule: { effect: 'SHOW', condition: { scope: '#/properties/code', schema: { pattern: '^(a|a?)+$' } } },
    } as UISchemaElement;
    expect(isVisible(control, { code: `${'a'.repeat(5_000)}!` }, '', ruleAjv, undefined)).toBe(false);
    expect(isVisible(control, { code: 'aaaa' }, '', ruleAjv, undefined)).toBe(true);
  });

  it('accept condition schemas written without a type', () => {
    const control = { type: 'Control', scope: '#/properties/schaal',
      rule: { effect: 'SHOW', condition: { scope: '#/properties/schaal', schema: { minimum: 5 } } } } as UISchemaElement;
    expect(isVisible(control, { schaal: 7 }, '', ruleAjv, undefined)).toBe(true);
    expect(isVisible(control, { schaal: 2 }, '', ruleAjv, undefined)).toBe(false);
  });
});
