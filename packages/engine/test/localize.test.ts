import { describe, expect, it } from 'vitest';
import { dateTitle } from '../src';

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
