import { describe, expect, it } from 'vitest';
import type { FormShape } from '../src/api/trajectories';
import { readableShape } from '../src/pages/trajectories/readable-view';

const role = (id: string) => ({ id, title: { nl: id, en: id } });
const shape: FormShape = {
  id: 'gesprek', title: { nl: 'Gesprek', en: 'Review' },
  schema: { type: 'object', required: ['sfeer', 'beoordeling'], properties: {
    sfeer: { type: 'string' }, beoordeling: { type: 'string' },
    doelen: { type: 'array', items: { type: 'object', properties: { doel: { type: 'string' }, oordeel: { type: 'string' } } } },
  } },
  uischema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/sfeer' }, { type: 'Control', scope: '#/properties/beoordeling' }] },
  access: { read: [role('directie'), role('leerkracht')], fields: [
    { pointer: '/beoordeling', title: { nl: 'Beoordeling', en: 'Assessment' }, read: [role('directie')] },
    { pointer: '/doelen/*/oordeel', title: { nl: 'Oordeel', en: 'Judgement' }, read: [role('directie')] },
  ] },
};

describe('a form shown with only the fields the viewer may read', () => {
  it('leaves out a field the viewer may not read, from the schema, its required list and the layout, also in list items', () => {
    const seen = readableShape(shape, ['leerkracht']);
    expect(Object.keys((seen.schema.properties as Record<string, unknown>))).toEqual(['sfeer', 'doelen']);
    expect(seen.schema.required).toEqual(['sfeer']);
    expect(seen.uischema).toEqual({ type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/sfeer' }] });
    expect(JSON.stringify(seen.schema)).not.toContain('oordeel');
  });

  it('keeps every field for a viewer who may read them all', () => {
    expect(readableShape(shape, ['directie'])).toBe(shape);
  });
});
