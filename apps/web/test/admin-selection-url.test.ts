import { describe, expect, it } from 'vitest';
import type { Selection } from '../src/admin/model/bundle';
import { selectionOf, tabOf, withPlace } from '../src/admin/model/selection-url';

const roundTrip = (selection: Selection) => selectionOf(new URLSearchParams(withPlace(new URLSearchParams(), 'json', selection).toString()));

describe('the editor’s place in its address', () => {
  it.each<Selection>([
    { kind: 'type' },
    { kind: 'step', path: [] },
    { kind: 'step', path: ['uitvoering', 'begeleiding'] },
    { kind: 'transition', path: ['intake'], event: 'KLAAR', index: 0 },
    { kind: 'transition', path: ['a', 'b'], event: '', index: 2 },
    { kind: 'form', formId: 'pd-intake' },
    { kind: 'form', formId: 'pd-startgesprek', field: '/properties/smartDoelen/items/properties/doel' },
  ])('comes back as the same selection: %j', (selection) => {
    expect(roundTrip(selection)).toEqual(selection);
  });

  it('keeps the tab, leaves the default tab out and keeps params it does not own', () => {
    const params = withPlace(new URLSearchParams('x=1&stap=oud'), 'proces', { kind: 'form', formId: 'f' });
    expect(params.toString()).toBe('x=1&formulier=f');
    expect(tabOf(withPlace(params, 'proberen', { kind: 'type' }))).toBe('proberen');
  });

  it('reads a made-up tab as the process tab and a broken branch as the first', () => {
    expect(tabOf(new URLSearchParams('tab=hack'))).toBe('proces');
    expect(selectionOf(new URLSearchParams('stap=a&gebeurtenis=E&tak=-3'))).toEqual({ kind: 'transition', path: ['a'], event: 'E', index: 0 });
  });
});
