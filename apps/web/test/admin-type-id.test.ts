import { describe, expect, it } from 'vitest';
import { TYPE_ID_PATTERN, typeIdOf } from '../src/admin/types/type-id';

describe('a new type’s id from its title', () => {
  it('is lowercase with accents dropped and one dash for anything else', () => {
    expect(typeIdOf('Zorg & Coördinatie 2027')).toBe('zorg-coordinatie-2027');
    expect(typeIdOf('  --Mentoraat--  ')).toBe('mentoraat');
  });
  it('always fits the API’s id rule when anything is left', () => {
    for (const title of ['Ça va', 'A'.repeat(200), 'École: één, twee!']) expect(typeIdOf(title)).toMatch(TYPE_ID_PATTERN);
    expect(typeIdOf('!!!')).toBe('');
  });
});
