import { describe, expect, it } from 'vitest';
import { isEmptyAnswer, missingRequired } from '../src';

describe('the one emptiness rule for required fields', () => {
  it('counts absent, null, an empty list and text of only whitespace as not filled in', () => {
    for (const value of [undefined, null, '', ' ', '   ', '\t\n', '\u00a0', []]) expect(isEmptyAnswer(value), JSON.stringify(value)).toBe(true);
  });

  it('counts 0, false, real text (also with spaces around it) and a non-empty list as filled in', () => {
    for (const value of [0, false, 'x', '  ja  ', [''], {}]) expect(isEmptyAnswer(value), JSON.stringify(value)).toBe(false);
  });

  it('names a required field answered with only spaces as missing, also nested', () => {
    const data = { metingen: ' ', resultaten: 'Gehaald', plan: { aanpak: '\n' } };
    expect(missingRequired(data, ['/metingen', '/resultaten', '/plan/aanpak'])).toEqual(['/metingen', '/plan/aanpak']);
  });
});
