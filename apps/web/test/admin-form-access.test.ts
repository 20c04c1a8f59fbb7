import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { lintBundle } from '../src/admin/model/lint';
import { renameRole, usesOf } from '../src/admin/model/declarations';
import { dataPointer, fieldReadersOf, readableFields, readersOf, setFieldReaders, setReaders } from '../src/admin/model/form-access';
import { formSenders } from '../src/admin/model/form-usage';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
const gesprek: Bundle = {
  definition: read('test/fixtures/form-access/workflows/gesprek.json'),
  forms: [read('test/fixtures/form-access/forms/gesprek-verslag.json'), read('test/fixtures/form-access/forms/gesprek-reactie.json')],
};
const { formAccess: _restricted, ...unrestricted } = gesprek.definition;
const open: Bundle = { ...gesprek, definition: unrestricted };

describe('editing who may read a form', () => {
  it('restricts a form to the roles that submit it, so the type stays valid, and opens it again without leftovers', () => {
    expect(formSenders(open, 'gesprek-verslag')).toEqual(['directie']);
    const restricted = setReaders(open, 'gesprek-verslag', formSenders(open, 'gesprek-verslag'));
    expect(readersOf(restricted, 'gesprek-verslag')).toEqual(['directie']);
    expect(lintBundle(restricted).problems).toEqual([]);
    const reopened = setReaders(restricted, 'gesprek-verslag', undefined);
    expect(reopened.definition).toEqual(open.definition);
  });

  it('restricts a field and lifts it again; the linter names a sender who may not read it', () => {
    expect(fieldReadersOf(gesprek, 'gesprek-verslag')).toEqual({ '/beoordeling': ['directie'] });
    const blind = setFieldReaders(gesprek, 'gesprek-verslag', '/sfeer', ['leerkracht']);
    expect(lintBundle(blind).problems.map((p) => p.code)).toContain('sender-cannot-read');
    const lifted = setFieldReaders(gesprek, 'gesprek-verslag', '/beoordeling', undefined);
    expect(lifted.definition.formAccess).toEqual({ 'gesprek-verslag': { read: ['directie', 'leerkracht'] } });
  });

  it('names fields by data pointer, lists items with *', () => {
    expect(dataPointer('/properties/doelen/items/properties/oordeel')).toBe('/doelen/*/oordeel');
    expect(readableFields(gesprek.forms[0]!).map((f) => f.pointer)).toEqual(['/datum', '/sfeer', '/beoordeling']);
  });

  it('counts formAccess as a use of a role, and renames the role there too', () => {
    expect(usesOf(gesprek, 'roles', 'directie').filter((u) => u[0] === 'formAccess')).toEqual([
      ['formAccess', 'gesprek-verslag', 'read', 0], ['formAccess', 'gesprek-verslag', 'fields', '/beoordeling', 0],
    ]);
    const renamed = renameRole(gesprek, 'directie', 'schoolleider');
    expect(renamed.definition.formAccess).toEqual({ 'gesprek-verslag': { read: ['schoolleider', 'leerkracht'], fields: { '/beoordeling': ['schoolleider'] } } });
    expect(lintBundle(renamed).problems).toEqual([]);
  });
});
