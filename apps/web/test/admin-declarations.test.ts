import { describe, expect, it } from 'vitest';
import { getIn } from '../src/admin/model/edit';
import { lintBundle } from '../src/admin/model/lint';
import { addDeclaration, declared, deleteDeclaration, renameRole, roleIdOf, roleIdProblem, usesOf } from '../src/admin/model/declarations';
import { shippedBundles } from './shipped-bundles';

const shipped = shippedBundles();
const pd = shipped.find((s) => s.file.startsWith('pd-'))!.bundle;

describe('type declarations', () => {
  it('finds every use of each declaration: a declaration the linter needs cannot be deleted without problems', () => {
    for (const { file, bundle } of shipped) {
      for (const kind of ['roles', 'budgets', 'counters', 'variables', 'dates'] as const) {
        for (const name of declared(bundle, kind)) {
          const used = usesOf(bundle, kind, name).length > 0;
          const problems = lintBundle(deleteDeclaration(bundle, kind, name)).problems.filter((p) => p.code.startsWith('unknown-'));
          // Whatever the linter misses after a delete was named somewhere we found.
          if (problems.length > 0) expect(used, `${file} ${kind} ${name}`).toBe(true);
        }
      }
    }
  });

  it('finds a variable read in a condition and set by an action', () => {
    const uses = usesOf(pd, 'variables', 'consultatietraject').map((u) => u.at(-1));
    expect(uses).toContain('var');
    expect(uses.filter((u) => u === 'var').length).toBeGreaterThanOrEqual(4);
  });

  it('renames a role in its place and everywhere it is named, lint-clean, and back to the same bytes', () => {
    for (const { bundle } of shipped) {
      for (const role of declared(bundle, 'roles')) {
        const renamed = renameRole(bundle, role, `${role}-x`);
        expect(declared(renamed, 'roles')).toEqual(declared(bundle, 'roles').map((r) => (r === role ? `${role}-x` : r)));
        expect(usesOf(renamed, 'roles', role)).toEqual([]);
        expect(lintBundle(renamed).problems).toEqual([]);
        expect(JSON.stringify(renameRole(renamed, `${role}-x`, role))).toBe(JSON.stringify(bundle));
      }
    }
  });

  it('refuses a role id that breaks the rule or is taken', () => {
    expect(roleIdProblem(pd, 'Zorg_coach')?.nl).toContain('kleine letters');
    expect(roleIdProblem(pd, 'ib')?.nl).toContain('bestaat al');
    expect(roleIdProblem(pd, 'ib', 'ib')).toBeUndefined();
    expect(renameRole(pd, 'ib', 'directie')).toBe(pd);
  });

  it('adds a declaration last and deleting it gives the same bytes; an emptied table goes', () => {
    const added = addDeclaration(pd, 'counters', 'rondes', { title: { nl: 'Rondes', en: 'Rounds' } });
    expect(declared(added, 'counters').at(-1)).toBe('rondes');
    expect(JSON.stringify(deleteDeclaration(added, 'counters', 'rondes'))).toBe(JSON.stringify(pd));
    const once = deleteDeclaration(pd, 'budgets', 'casemanageruren');
    expect(getIn(once.definition, ['budgets'])).toBeUndefined();
  });
});

describe('a new role\'s id from its name', () => {
  it('is the name in lowercase without accents, other characters a single -', () => {
    expect(roleIdOf('Leescoördinator')).toBe('leescoordinator');
    expect(roleIdOf('  Intern begeleider / IB ')).toBe('intern-begeleider-ib');
  });

  it('keeps to the role id rule: starts with a letter, at most 40 characters', () => {
    for (const name of ['2e lezer', '!!! Coach', 'Een heel erg lange naam voor een rol die niemand ooit zo zou noemen']) {
      expect(roleIdProblem({ definition: {}, forms: [] }, roleIdOf(name)), name).toBeUndefined();
    }
    expect(roleIdOf('2e lezer')).toBe('rol-2e-lezer');
  });
});
