import { describe, expect, it } from 'vitest';
import type { EventLogEntry, FormShape } from '../src/api/trajectories';
import { printedForms } from '../src/pages/trajectories/PrintPage';

const shape = (id: string): FormShape => ({ id, title: { nl: id, en: id }, schema: { type: 'object', properties: {} } });
const entry = (seq: number, form: string | undefined, data: Record<string, unknown> | null = {}): EventLogEntry => ({
  seq, type: `E${seq}`, label: { nl: `e${seq}`, en: `e${seq}` }, at: `2026-10-0${seq}T10:00:00Z`, actor: { id: 'u', name: 'Ilse' }, roles: [], from: [], to: [], flags: [],
  ...(form ? { form: { id: form, title: { nl: form, en: form } } } : {}), data: data as EventLogEntry['data'],
});

describe('printedForms', () => {
  const shapes = new Map([['plan', shape('plan')], ['gesprek', shape('gesprek')]]);

  it('prints every submission in the order it happened, numbering a form submitted more than once', () => {
    const log = [entry(1, undefined, null), entry(2, 'plan', { doel: 'a' }), entry(3, 'gesprek'), entry(4, 'gesprek'), entry(5, 'plan', { doel: 'b' })];
    const printed = printedForms(log, shapes);
    expect(printed.map((p) => `${p.seq} ${p.shape.id} ${p.nth}/${p.of}`)).toEqual(['2 plan 1/2', '3 gesprek 1/2', '4 gesprek 2/2', '5 plan 2/2']);
    expect(printed[0]).toMatchObject({ data: { doel: 'a' }, by: 'Ilse', at: '2026-10-02T10:00:00Z' });
  });

  it('leaves out events without data and forms the trajectory does not know', () => {
    expect(printedForms([entry(1, 'plan', null), entry(2, 'onbekend')], shapes)).toEqual([]);
  });
});
