import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldAtOf, grantedByOf, loadBundle, rolePolicyOf, subjectOf, type TrajectoryDefinition } from '../src/index';

// docs/definition-format.md § "Waar een rol geldt" and § "Bij wie een traject hoort": the examples load, and mean what the text says.
const root = join(import.meta.dirname, '../../..');
const doc = readFileSync(join(root, 'docs/definition-format.md'), 'utf8');
const section = (title: string) => doc.slice(doc.indexOf(title), doc.indexOf('\n### ', doc.indexOf(title) + 1));
const jsonBlock = (text: string) => JSON.parse(`{${/```json\n([\s\S]*?)\n```/.exec(text)![1]!}}`) as Partial<TrajectoryDefinition>;
const fixture = (path: string) => readFileSync(join(root, 'test/fixtures/valid', path), 'utf8');

function withDoc(change: Partial<TrajectoryDefinition>) {
  const definition = JSON.parse(fixture('workflows/mini.json')) as TrajectoryDefinition;
  const roles = definition.roles;
  Object.assign(definition, change);
  definition.roles = { ...roles, ...change.roles };
  return loadBundle([{ file: 'workflows/mini.json', text: JSON.stringify(definition) }, { file: 'forms/mini-intake.json', text: fixture('forms/mini-intake.json') }]);
}

describe('role scope and subjects as the definition format documents them', () => {
  it('loads the heldAt example and holds each role where the text says', () => {
    const bundle = withDoc(jsonBlock(section('### Waar een rol geldt')));
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!.definition;
    expect(heldAtOf(def, 'adviseur')).toEqual(['school', 'trajectory']);
    expect(heldAtOf(def, 'bestuurder')).toEqual(['bestuur']);
    expect(heldAtOf(def, 'procesbegeleider')).toEqual(['bestuur', 'school', 'trajectory']);
    const policy = rolePolicyOf([def]);
    expect(policy.schoolGranted.has('schoolleider')).toBe(true);
    expect(policy.schoolGranted.has('adviseur')).toBe(false);
    expect(policy.held.get('bestuurder')).toEqual(new Set(['bestuur']));
  });

  it('loads the subject and label example: a bestuur type whose roles default to the bestuur and are granted by it', () => {
    const example = jsonBlock(section('### Bij wie een traject hoort'));
    // A bestuur type has no school: the fixture's school roles move to the bestuur.
    const bundle = withDoc({ ...example, roles: { schoolleider: { title: { nl: 'Schoolleider', en: 'School leader' }, invites: true } } });
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!.definition;
    expect(subjectOf(def)).toBe('bestuur');
    expect(def.label?.title.nl).toBe('Thema');
    expect(heldAtOf(def, 'schoolleider')).toEqual(['bestuur', 'trajectory']);
    expect(grantedByOf(def, 'schoolleider')).toBe('bestuur');
  });

  it('loads the group type example: the lead role held at the group, the school leader at a member school', () => {
    const example = jsonBlock(section('#### Een traject van een groep'));
    const bundle = withDoc(example);
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!.definition;
    expect(subjectOf(def)).toBe('group');
    expect(def.groupOf).toBe('kring');
    expect(heldAtOf(def, 'procesbegeleider')).toEqual(['group']);
    expect(heldAtOf(def, 'schoolleider')).toEqual(['school', 'trajectory']);
    const { groupOf: _, ...withoutGroupOf } = example;
    expect(withDoc(withoutGroupOf).problems.map((p) => p.code)).toContain('group-subject-without-group-of');
  });
});
