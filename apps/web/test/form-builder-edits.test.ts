import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBundle, type JsonObject } from '@koers/engine';
import { allFields } from '../src/admin/model/form-fields';
import { findItem, layoutOf, moveChild } from '../src/admin/model/form-layout';
import { getIn } from '../src/admin/model/edit';
import { fieldOfProblem, problemsByField } from '../src/admin/model/form-problems';
import { moveInto, moveTargets } from '../src/admin/model/form-remove';
import { renameField, renameProblem } from '../src/admin/model/form-rename';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as JsonObject;
const files = readdirSync(join(root, 'forms')).filter((f) => f.endsWith('.json'));

describe('renaming a field key in the form builder', () => {
  it.each(files)('%s: renaming every field and back gives the file again', (file) => {
    const original = read(`forms/${file}`);
    let form = original;
    for (const { pointer, key } of allFields(original).reverse()) {
      if (renameProblem(form, pointer, `${key}X`) !== undefined) continue;
      const renamed = renameField(form, pointer, `${key}X`);
      const back = renameField(renamed, pointer.replace(/[^/]+$/, `${key}X`), key);
      expect(JSON.stringify(back), pointer).toBe(JSON.stringify(form));
      form = back;
    }
  });

  it('renames scopes, rules, texts, option keys and example answers, and the form stays lint clean', () => {
    const form = read('forms/pd-startgesprek.json');
    expect(renameProblem(form, '/properties/pdKarakterBesproken', 'methodiekBesproken')).toBeUndefined();
    let next = renameField(form, '/properties/pdKarakterBesproken', 'methodiekBesproken');
    expect(renameProblem(read('forms/pd-afsluitend-gesprek.json'), '/properties/schaalIngezet', 'schaalGebruikt')).toBe('in-schema-logic');
    expect(renameProblem(next, '/properties/smartDoelen/items/properties/doel', 'verbeterdoel')).toBeUndefined();
    next = renameField(next, '/properties/smartDoelen/items/properties/doel', 'verbeterdoel');
    const text = JSON.stringify(next);
    expect(text).not.toContain('pdKarakterBesproken');
    expect(text).toContain('"scope":"#/properties/methodiekBesproken","schema":{"const":true}');
    expect(text).toContain('"smartDoelen.verbeterdoel.label":"Goal"');
    expect(text).toContain('"verbeterpunt":"Eenduidige preventieve aanpak lezen in groep 2-4","verbeterdoel":"Alle leerkrachten');
    expect(text).toContain('{"type":"Control","scope":"#/properties/verbeterdoel","options":{"multi":true}}');
    const formProblems = checkBundle(read('workflows/pd-schoolontwikkeling.json'), [next]).problems.filter((p) => p.file === 'forms/0');
    expect(formProblems).toEqual([]);
  });

  it('refuses keys that are taken, malformed, or named in the schema\'s own conditions', () => {
    const form = read('forms/vl-aanmelding.json');
    expect(renameProblem(form, '/properties/thema', 'school')).toBe('taken');
    expect(renameProblem(form, '/properties/thema', 'mijn thema')).toBe('invalid');
    expect(renameProblem(form, '/properties/thema', 'onderwerp')).toBe('in-schema-logic');
    expect(renameProblem(form, '/properties/ontwikkelvraag', 'vraag')).toBeUndefined();
  });

  it('moves a field into another section of the same level, not into a group\'s items', () => {
    const form = read('forms/pd-startgesprek.json');
    const outline = layoutOf(form);
    const datum = findItem(outline, 'uischema/elements/0/elements/0/elements/0')!;
    const targets = moveTargets(outline, datum.id).map((t) => t.id);
    expect(targets).toContain('uischema/elements/1');
    expect(targets.some((id) => id.includes('detail'))).toBe(false);
    const moved = moveInto(form, datum.keys, ['uischema', 'elements', 1, 'elements']);
    expect(JSON.stringify((moved.uischema as { elements: JsonObject[] }).elements[1]!.elements)).toContain('#/properties/datum');
    expect(JSON.stringify((moved.uischema as { elements: JsonObject[] }).elements[0])).not.toContain('#/properties/datum');
  });
});

describe('placing lint problems next to their field', () => {
  it('finds the field of a schema, UI schema or example pointer, and leaves the rest to the form', () => {
    const form = read('forms/pd-startgesprek.json');
    expect(fieldOfProblem(form, '/schema/properties/uren/multipleOf')).toBe('/properties/uren');
    expect(fieldOfProblem(form, '/examples/0/smartDoelen/0/einddatum')).toBe('/properties/smartDoelen/items/properties/einddatum');
    expect(fieldOfProblem(form, '/uischema/elements/1/elements/1/rule/condition/scope')).toBe('/properties/verbindingLeerlingentraject');
    expect(fieldOfProblem(form, '/uischema/elements/2/elements/0/options/detail/elements/1/scope')).toBe('/properties/smartDoelen/items/properties/doel');
    expect(fieldOfProblem(form, '/examples')).toBeUndefined();
    const problem = { file: 'forms/0', pointer: '/examples/0/datum', code: 'bad-example', message: { nl: 'x', en: 'x' } };
    expect(problemsByField(form, [problem]).get('/properties/datum')).toEqual([problem]);
  });
});

describe('a form without a UI schema', () => {
  it('is ordered by its schema properties, which is what JSON Forms generates its layout from', () => {
    const form = { id: 'kaal', title: { nl: 'Kaal', en: 'Bare' }, schema: { type: 'object', required: ['b'], properties: {
      a: { type: 'string', title: 'A' }, b: { type: 'integer', title: 'B' }, c: { type: 'array', items: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } } },
    } } } as unknown as JsonObject;
    const outline = layoutOf(form);
    expect(outline.children!.map((c) => `${c.kind}:${c.field}`)).toEqual(['field:/properties/a', 'field:/properties/b', 'field:/properties/c']);
    const moved = moveChild(form, outline, 2, 0);
    expect(JSON.stringify(moved)).toBe(JSON.stringify(form).replace(
      '{"a":{"type":"string","title":"A"},"b":{"type":"integer","title":"B"},"c":{"type":"array","items":{"type":"object","properties":{"x":{"type":"string"},"y":{"type":"string"}}}}}',
      '{"c":{"type":"array","items":{"type":"object","properties":{"x":{"type":"string"},"y":{"type":"string"}}}},"a":{"type":"string","title":"A"},"b":{"type":"integer","title":"B"}}'));
    const group = layoutOf(moved).children![0]!;
    expect(group.children!.map((c) => c.field)).toEqual(['/properties/c/items/properties/x', '/properties/c/items/properties/y']);
    const inner = moveChild(moved, group, 0, 1);
    expect(Object.keys((getIn(inner, ['schema', 'properties', 'c', 'items', 'properties']) as JsonObject))).toEqual(['y', 'x']);
  });
});
