import { describe, expect, it } from 'vitest';
import { checkBundle } from '@koers/engine';
import { copyAsType, renameFormRefs, renamedForms } from '../src/type-drafts/copy';
import { machineIdOf, skeleton } from '../src/type-drafts/skeleton';
import { withKey } from '../src/type-drafts/versioned';

describe('a new type and a copy', () => {
  it('starts every new type id from a skeleton the engine accepts as it is', () => {
    for (const id of ['kwaliteitsronde', 'a', '2e-ronde', 'ronde--twee-2']) {
      expect(checkBundle(skeleton(id, { nl: 'Ronde', en: 'Round' }), []).problems, id).toEqual([]);
    }
    expect(machineIdOf('2e-ronde')).toBe('t2eRonde');
  });

  it('sets one key and keeps the order of the others; a missing key goes last', () => {
    expect(Object.entries(withKey({ id: 'x', version: 1, title: 't' }, 'version', 3))).toEqual([['id', 'x'], ['version', 3], ['title', 't']]);
    expect(Object.keys(withKey({ id: 'x' }, 'version', 1))).toEqual(['id', 'version']);
  });

  it('names copied forms after the new type, numbering those already taken', () => {
    const names = renamedForms(['vl-intake', 'vl-plan', 'losformulier'], 'ronde', new Set(['ronde-plan']));
    expect([...names]).toEqual([['vl-intake', 'ronde-intake'], ['vl-plan', 'ronde-plan-2'], ['losformulier', 'ronde-losformulier']]);
  });

  it('rewrites every reference to a renamed form and leaves step names and texts alone', () => {
    const names = new Map([['vl-intake', 'ronde-intake']]);
    const definition = {
      machine: { states: { 'vl-intake': {
        meta: { title: { nl: 'vl-intake', en: 'vl-intake' }, forms: ['vl-intake'], reference: ['vl-intake', 'ander'], events: { KLAAR: { form: 'vl-intake' } } },
        on: { KLAAR: { target: 'vl-intake', guard: { type: 'condition', params: { expression: { '==': [{ var: 'forms.vl-intake.besluit' }, 'ja'] } } } } },
        entry: [{ type: 'startPeriod', params: { keepForms: ['vl-intake'] } }, { type: 'x', params: { form: 'vl-intake' } }],
      } } },
    };
    expect(renameFormRefs(definition, names)).toEqual({
      machine: { states: { 'vl-intake': {
        meta: { title: { nl: 'vl-intake', en: 'vl-intake' }, forms: ['ronde-intake'], reference: ['ronde-intake', 'ander'], events: { KLAAR: { form: 'ronde-intake' } } },
        on: { KLAAR: { target: 'vl-intake', guard: { type: 'condition', params: { expression: { '==': [{ var: 'forms.ronde-intake.besluit' }, 'ja'] } } } } },
        entry: [{ type: 'startPeriod', params: { keepForms: ['ronde-intake'] } }, { type: 'x', params: { form: 'ronde-intake' } }],
      } } },
    });
  });

  it('copies a bundle as a new type: id, title and version 1, the machine keeping its id', () => {
    const copy = copyAsType({ definition: { id: 'vl', version: 4, title: { nl: 'VL', en: 'VL' }, machine: { id: 'vl' } }, forms: [{ id: 'vl-intake', title: 'x' }] },
      'ronde', { nl: 'Ronde', en: 'Round' }, new Set());
    expect(copy).toEqual({ definition: { id: 'ronde', version: 1, title: { nl: 'Ronde', en: 'Round' }, machine: { id: 'vl' } }, forms: [{ id: 'ronde-intake', title: 'x' }] });
  });
});
