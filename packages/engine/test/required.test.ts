import { describe, expect, it } from 'vitest';
import { isEmptyAnswer, missingRequired } from '../src';

describe('the one emptiness rule for required fields', () => {
  it('counts absent, null, an empty list and text of only whitespace as not filled in', () => {
    for (const value of [undefined, null, '', ' ', '   ', '\t\n', '\u00a0', []]) expect(isEmptyAnswer(value), JSON.stringify(value)).toBe(true);
  });

  it('counts 0, false, real text (also with spaces around it) and a list or object with an answer in it as filled in', () => {
    for (const value of [0, false, 'x', '  ja  ', ['x'], [{ doel: '' }, { doel: 'Lezen' }], { uren: 0 }]) expect(isEmptyAnswer(value), JSON.stringify(value)).toBe(false);
  });

  it('counts a row added to a repeatable group and left blank as no answer, so it enables nothing the server refuses', () => {
    for (const value of [{}, [''], [{}], [{ doel: '', einddatum: null }], { plan: { aanpak: ' ' } }]) expect(isEmptyAnswer(value), JSON.stringify(value)).toBe(true);
    expect(missingRequired({ doelen: [{ doel: ' ' }] }, ['/doelen'])).toEqual(['/doelen']);
  });

  it('names a required field answered with only spaces as missing, also nested', () => {
    const data = { metingen: ' ', resultaten: 'Gehaald', plan: { aanpak: '\n' } };
    expect(missingRequired(data, ['/metingen', '/resultaten', '/plan/aanpak'])).toEqual(['/metingen', '/plan/aanpak']);
  });
});
