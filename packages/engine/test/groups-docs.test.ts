import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, checkAttendance, groupFacts, loadBundle, send, start } from '../src';

// docs/definition-format.md "Groepen": its complete example loads and does what the text says.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('Een volledig voorbeeld (een test laadt het');
const json = doc.slice(doc.indexOf('```json', from) + 7, doc.indexOf('```', doc.indexOf('```json', from) + 7));

describe('the documented groups example', () => {
  const bundle = loadBundle([{ file: 'workflows/leerkring.json', text: json }]);
  const def = bundle.definitions[0]!;
  const spec = def.definition.groups!;
  const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T08:00:00.000Z`;

  it('loads without problems', () => {
    expect(bundle.problems).toEqual([]);
    expect(spec).toMatchObject({ size: { min: 3, max: 6 }, join: { step: 'indeling', event: 'INGEDEELD' } });
  });

  it('is placed by the system, records the first meeting\'s day, and finishes only after two complete meetings', () => {
    let s = start(def, { now: at(1) }).snapshot;
    s = send(def, s, { type: 'AANMELDEN' }, { actor: { roles: ['schoolleider'] }, now: at(2) }).snapshot;
    s = send(def, s, { type: 'INGEDEELD', data: { group: { id: 'g', name: 'Kring Noord' } } }, { actor: SYSTEM_ACTOR, now: at(3) }).snapshot;
    expect(s.value).toBe('samen');
    s = send(def, s, { type: 'BIJEENKOMST_GEHOUDEN', data: { meetingId: 'm1', heldOn: '2026-10-05', present: [] } }, { actor: SYSTEM_ACTOR, now: at(7) }).snapshot;
    expect(s.context.dates.kringstart).toBe('2026-10-04T22:00:00.000Z');
    const two = { name: 'An', role: 'schoolleider' };
    const facts = (present: Array<{ name: string; role: string }>) => ({ group: groupFacts(spec, { id: 'g', name: 'Kring Noord', programmeYear: '2026-2027', size: 4 }, [
      { kind: 'bijeenkomst', heldOn: '2026-10-05', present: [two, { name: 'Bo', role: 'werkgroep' }] },
      { kind: 'bijeenkomst', heldOn: '2026-11-05', present },
    ]) });
    const finish = (present: Array<{ name: string; role: string }>) => send(def, s, { type: 'AFRONDEN' }, { actor: { roles: ['schoolleider'] }, now: at(20), facts: facts(present) });
    expect(() => finish([{ name: 'Bo', role: 'werkgroep' }])).toThrow(expect.objectContaining({ reason: 'guard-false' }));
    expect(finish([two, { name: 'Bo', role: 'werkgroep' }]).snapshot.value).toBe('klaar');
  });

  it('flags a school that sent one person, with the documented rule', () => {
    const check = checkAttendance(spec.meetings!.bijeenkomst!.attendance, [{ name: 'Bo', role: 'werkgroep' }]);
    expect(check.holds).toBe(false);
    expect(check.message!.nl).toMatch(/^Minstens twee mensen per school, onder wie de schoolleider\./);
  });
});
