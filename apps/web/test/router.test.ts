import { describe, expect, it } from 'vitest';
import { to } from '../src/routes/paths';
import { matchPath } from '../src/routes/tree';
import { searchOf, validateOverviewSearch, viewOf } from '../src/routes/overviewSearch';
import { formIdOf, groupForms, type FormEntry } from '../src/pages/forms/group';

// wouter hands its routes the path decodeURI'd; so does this.
const match = (path: string) => matchPath(decodeURI(path));

describe('the route tree', () => {
  // Every address the browser suites, the server's invitation links and the demo's sign-in hint use.
  it.each([
    ['/', '/', {}],
    ['/inloggen', '/inloggen', {}],
    ['/trajecten', '/trajecten', {}],
    ['/trajecten/', '/trajecten', {}],
    ['/trajecten/0b6c1c2e-8d4e-4f5a-9a7b-1c2d3e4f5a6b', '/trajecten/:id/', { id: '0b6c1c2e-8d4e-4f5a-9a7b-1c2d3e4f5a6b' }],
    ['/trajecten/00000000-0000-4000-8000-000000000000/afdrukken', '/trajecten/:id/afdrukken', { id: '00000000-0000-4000-8000-000000000000' }],
    ['/scholen/obs-de-regenboog', '/scholen/:id', { id: 'obs-de-regenboog' }],
    ['/soorten', '/soorten', {}],
    ['/formulieren', '/formulieren/:id?', {}],
    ['/formulieren/pd-afsluitend-gesprek', '/formulieren/:id?', { id: 'pd-afsluitend-gesprek' }],
    ['/overzicht', '/overzicht/:typeId?', {}],
    ['/overzicht/voortgezet-leren', '/overzicht/:typeId?', { typeId: 'voortgezet-leren' }],
    ['/uitnodiging/AbC-_x'.padEnd(56, 'x'), '/uitnodiging/:token', { token: 'AbC-_x'.padEnd(43, 'x') }],
    ['/uitnodigen', '/uitnodigen', {}],
  ])('keeps %s on its page', (path, route, params) => {
    expect(match(path)?.route).toBe(route);
    expect(match(path)?.params).toEqual(params);
  });

  it('decodes a parameter', () => {
    expect(match('/formulieren/pd%20intake')?.params).toEqual({ id: 'pd intake' });
  });

  it('has no page for an unknown path, nor for a deeper one than a page has, nor for an unknown admin page', () => {
    expect(match('/nergens')).toBeUndefined();
    expect(match('/trajecten/a/b/c')).toBeUndefined();
    expect(match('/beheer/iets')).toBeUndefined();
  });

  it('gives the admin section alone a page of its own (it sends the reader on to the types) and the editor its type', () => {
    expect(match('/beheer')?.route).toBe('/beheer/');
    expect(match('/beheer/soorten')?.route).toBe('/beheer/soorten');
    expect(match('/beheer/soorten/pd')?.params).toEqual({ typeId: 'pd' });
  });

  it('builds the same hash paths the hand-written links used, with no search params for the defaults', () => {
    expect(to.trajectory('abc')).toBe('/trajecten/abc');
    expect(to.print('abc')).toBe('/trajecten/abc/afdrukken');
    expect(to.overview()).toBe('/overzicht');
    expect(to.overview('pd-schoolontwikkeling', {})).toBe('/overzicht/pd-schoolontwikkeling');
    expect(to.overview('pd', { stap: 'intake', teLaat: true })).toBe('/overzicht/pd?stap=intake&teLaat=true');
    expect(to.overview('pd', searchOf({ text: 'de regenboog', onlyOverdue: true, step: 'a.b' }, { key: 'school', dir: 'descending' })))
      .toBe('/overzicht/pd?zoek=de+regenboog&teLaat=true&stap=a.b&sort=school&richting=aflopend');
    expect(to.forms()).toBe('/formulieren');
    expect(to.forms('pd intake')).toBe('/formulieren/pd%20intake');
  });

  it('matches every address it builds to the page it names', () => {
    expect(match(to.print('x y'))).toEqual({ route: '/trajecten/:id/afdrukken', params: { id: 'x y' } });
    expect(match(to.school('obs-de-regenboog'))?.route).toBe('/scholen/:id');
  });
});

describe("the coach overview's search params", () => {
  it('leaves the defaults out, so an unfiltered overview has a clean address', () => {
    expect(searchOf({ text: '', onlyOverdue: false, step: undefined }, { key: 'days', dir: 'descending' })).toEqual({});
    expect(viewOf({})).toEqual({ filter: { text: '', onlyOverdue: false, step: undefined }, sort: { key: 'days', dir: 'descending' } });
  });

  it('gives back the filters and sort order it was made from', () => {
    const view = { filter: { text: 'regenboog', onlyOverdue: true, step: 'uitvoering.verbeterwerk', onlyFlagged: true, version: 3 }, sort: { key: 'school', dir: 'ascending' } } as const;
    expect(viewOf(validateOverviewSearch({ ...searchOf(view.filter, view.sort) }))).toEqual(view);
  });

  it('drops what a hand-edited address gets wrong instead of breaking the page', () => {
    expect(validateOverviewSearch({ sort: 'colour', richting: 'up', teLaat: 'yes', stap: 7, zoek: '', versie: 'nieuw' })).toEqual({ stap: '7' });
    expect(validateOverviewSearch({ versie: '0' })).toEqual({});
    expect(validateOverviewSearch({ versie: '2' })).toEqual({ versie: 2 });
  });
});

describe('the form list', () => {
  const entry = (id: string): FormEntry => ({ id, file: `forms/${id}.json`, title: { nl: id, en: id }, load: async () => { throw new Error('unused'); } });

  it('groups forms by trajectory type in the order the type uses them, the rest under "other"', () => {
    const groups = groupForms(
      [{ id: 'pd', title: { nl: 'PD', en: 'PD' }, forms: ['pd-b', 'pd-a', 'ontbreekt'] }],
      [entry('pd-a'), entry('pd-b'), entry('los')],
    );
    expect(groups.map((g) => [g.id, g.forms.map((f) => f.id)])).toEqual([['pd', ['pd-b', 'pd-a']], ['other', ['los']]]);
  });

  it('takes a form id from its file name', () => {
    expect(formIdOf('../../../../../forms/pd-intake.json')).toBe('pd-intake');
  });
});
