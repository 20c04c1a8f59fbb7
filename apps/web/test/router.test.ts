import { describe, expect, it } from 'vitest';
import { hashPath, matchRoute, type Route } from '../src/router';
import { formIdOf, groupForms, type FormEntry } from '../src/pages/forms/group';

const page = () => null;
const routes: Route[] = [
  { path: '/', page },
  { path: '/formulieren', page },
  { path: '/formulieren/:id', page },
];

describe('the hash router', () => {
  it('reads the path from a hash, with or without a leading slash or query', () => {
    expect(hashPath('')).toBe('/');
    expect(hashPath('#/formulieren/pd-intake?x=1')).toBe('/formulieren/pd-intake');
    expect(hashPath('#formulieren')).toBe('/formulieren');
  });

  it('matches a route and decodes its parameters', () => {
    expect(matchRoute(routes, '/formulieren/pd%20intake')?.params).toEqual({ id: 'pd intake' });
    expect(matchRoute(routes, '/')?.route.path).toBe('/');
    expect(matchRoute(routes, '/formulieren/a/b')).toBeUndefined();
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
