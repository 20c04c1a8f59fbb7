import { describe, expect, it } from 'vitest';
import type { StartOption } from '../src/api/start';
import { capacityText } from '../src/pages/schools/startText';

const option = (capacity: StartOption['capacity']): StartOption => ({
  typeId: 'vl', version: 2, title: { nl: 'VL', en: 'VL' }, description: { nl: '', en: '' }, roles: ['schoolleider'], capacity,
});
const message = { nl: 'Vol is vol.', en: 'Full is full.' };

describe('the places left of a type, in words', () => {
  it('counts the places left, one place in the singular', () => {
    expect(capacityText(option({ max: 40, active: 37, left: 3, message }))).toEqual({ nl: 'Nog 3 plaatsen (van de 40).', en: '3 places left (of 40).' });
    expect(capacityText(option({ max: 40, active: 39, left: 1, message })).nl).toBe('Nog 1 plaats (van de 40).');
  });

  it("says a full type is full in the type's own words", () => {
    expect(capacityText(option({ max: 40, active: 40, left: 0, message }))).toEqual({ nl: 'Vol: Vol is vol.', en: 'Full: Full is full.' });
  });

  it('says a type without a capacity has no limit', () => {
    expect(capacityText(option(null)).nl).toBe('Geen maximum aantal plaatsen.');
  });
});
