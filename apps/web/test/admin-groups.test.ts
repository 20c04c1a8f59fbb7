import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { getIn, setInDefinition } from '../src/admin/model/edit';
import { addMeetingKind, enableGroups, groupsOf } from '../src/admin/model/groups';
import { deleteDeclaration, renameRole, usesOf } from '../src/admin/model/declarations';
import { nestIntoPrevious, renameStep } from '../src/admin/model/states';
import { formUses } from '../src/admin/model/form-usage';
import { lintBundle } from '../src/admin/model/lint';
import { shippedBundle } from './shipped-bundles';

const FIXTURE = resolve(import.meta.dirname, '../../../test/fixtures/groups');
const json = (file: string) => JSON.parse(readFileSync(resolve(FIXTURE, file), 'utf8')) as JsonObject;
const kring = (): Bundle => ({ definition: json('workflows/kring.json'), forms: [json('forms/kring-bijeenkomst.json')] });

describe('the groups section of the process editor', () => {
  it('switches groups on with a first block the linter then asks to complete, and off again to the same bytes', () => {
    const pd = shippedBundle('pd-schoolontwikkeling');
    const on = enableGroups(pd, true);
    expect(groupsOf(on)).toMatchObject({ title: { nl: 'Groep', en: 'Group' }, size: { min: 2, max: 7 } });
    expect(lintBundle(on).problems.map((p) => p.pointer)).toContain('/groups/join/step');
    const named = setInDefinition(setInDefinition(on, ['groups', 'join', 'step'], 'intake'), ['groups', 'join', 'event'], 'INTAKE_AFGEROND');
    expect(getIn(named.definition, ['groups', 'join'])).toEqual({ step: 'intake', event: 'INTAKE_AFGEROND' });
    expect(JSON.stringify(enableGroups(on, false).definition)).toBe(JSON.stringify(pd.definition));
  });

  it('adds a meeting kind last, with its key as title', () => {
    const next = addMeetingKind(kring(), 'inspiratie');
    expect(Object.keys(getIn(next.definition, ['groups', 'meetings']) as JsonObject).at(-1)).toBe('inspiratie');
    expect(getIn(next.definition, ['groups', 'meetings', 'inspiratie'])).toEqual({ title: { nl: 'inspiratie', en: 'inspiratie' } });
  });

  it('counts the lead roles and attendance roles as uses of a role: it cannot be deleted, and renaming it renames them', () => {
    const bundle = kring();
    expect(usesOf(bundle, 'roles', 'procesbegeleider')).toContainEqual(['groups', 'leadRoles', 0]);
    expect(usesOf(bundle, 'roles', 'schoolleider')).toContainEqual(['groups', 'meetings', 'bijeenkomst', 'attendance', 'roles', 0]);
    expect(lintBundle(deleteDeclaration(bundle, 'roles', 'procesbegeleider')).problems.some((p) => p.pointer === '/groups/leadRoles/0')).toBe(true);
    const renamed = renameRole(bundle, 'schoolleider', 'directeur');
    expect(getIn(renamed.definition, ['groups', 'meetings', 'bijeenkomst', 'attendance', 'roles'])).toEqual(['directeur']);
    expect(lintBundle(renamed).problems).toEqual([]);
  });

  it('follows the join step when it is renamed or moved into another step', () => {
    const renamed = renameStep(kring(), ['indeling'], 'groepsindeling');
    expect(getIn(renamed.definition, ['groups', 'join', 'step'])).toBe('groepsindeling');
    expect(lintBundle(renamed).problems).toEqual([]);
    const nested = nestIntoPrevious(kring(), ['indeling']);
    expect(getIn(nested.bundle.definition, ['groups', 'join', 'step'])).toBe('aanmelding.indeling');
  });

  it('lists a shared meeting that uses a form among the form\'s uses, so it cannot be deleted from under it', () => {
    const uses = formUses(kring(), 'kring-bijeenkomst');
    expect(uses.filter((u) => u.how === 'group').map((u) => u.step.nl)).toEqual(['Startdag', 'Kringbijeenkomst']);
  });
});
