import { describe, expect, it } from 'vitest';
import { dateTitle, isPlaceholderDescription, PLACEHOLDER_DESCRIPTION } from '../src';

describe('dateTitle', () => {
  it('takes the title a type declares in `dates`', () => {
    const def = { dates: { startgesprek: { title: { nl: 'Startgesprek gehouden', en: 'Start meeting held' } } } };
    expect(dateTitle(def, 'startgesprek')).toEqual({ nl: 'Startgesprek gehouden', en: 'Start meeting held' });
  });

  it('writes an undeclared key as words, never as a code', () => {
    expect(dateTitle({}, 'laatsteVoortgangsgesprek').nl).toBe('Laatste voortgangsgesprek');
    expect(dateTitle({ dates: {} }, 'plan_van-aanpak').nl).toBe('Plan van aanpak');
    // An own property only: "constructor" is a key like any other, not Object.prototype's.
    expect(dateTitle({ dates: {} }, 'constructor').nl).toBe('Constructor');
  });
});

describe('isPlaceholderDescription', () => {
  it("flags a description still (in either language) the new type's sample text, and nothing else", () => {
    expect(isPlaceholderDescription({ ...PLACEHOLDER_DESCRIPTION })).toBe(true);
    expect(isPlaceholderDescription({ nl: 'Leesbegeleiding voor groep 3 tot en met 5.', en: PLACEHOLDER_DESCRIPTION.en })).toBe(true);
    expect(isPlaceholderDescription({ nl: 'Leesbegeleiding voor groep 3 tot en met 5.', en: 'Reading support for years 3 to 5.' })).toBe(false);
    expect(isPlaceholderDescription(undefined)).toBe(false);
    expect(isPlaceholderDescription(PLACEHOLDER_DESCRIPTION.nl)).toBe(false);
  });
});
