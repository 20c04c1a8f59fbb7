import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, loadBundle, schedule, schoolCalendar, send, start } from '../src';

// docs/definition-format.md "Tijd: termijnen, timers en herinneringen": its complete example does what the text says.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('#### Een klein volledig voorbeeld');
const json = doc.slice(doc.indexOf('```json', from) + 7, doc.indexOf('```', doc.indexOf('```json', from) + 7));

describe('the documented time example', () => {
  it('loads, is due before the autumn holiday of zuid, reminds, escalates and fires its timer half a year after the plan', () => {
    const bundle = loadBundle([{ file: 'workflows/begeleiding.json', text: json }]);
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!;
    const calendar = schoolCalendar('zuid');
    const r0 = start(def, { now: '2026-09-01T08:00:00.000Z', calendar });
    expect(r0.steps[0]!.dueAt).toBe('2026-10-16T22:00:00.000Z'); // Saturday 17 October 00:00 in Amsterdam
    expect(schedule(def, r0.snapshot, { now: '2026-09-01T08:00:00.000Z', calendar }).map((s) => [s.kind, s.dueAt])).toEqual([
      ['reminder', '2026-10-09T22:00:00.000Z'], ['reminder', '2026-10-23T22:00:00.000Z'], ['escalation', '2026-10-30T23:00:00.000Z'],
    ]);
    const r1 = send(def, r0.snapshot, { type: 'PLAN_VASTSTELLEN' }, { actor: { roles: ['schoolleider'] }, now: '2026-10-05T08:00:00.000Z', calendar });
    const [timer] = schedule(def, r1.snapshot, { now: '2026-10-05T08:00:00.000Z', calendar });
    expect(timer).toMatchObject({ kind: 'event', event: 'HALFJAAR_VERSTREKEN', dueAt: '2027-04-05T08:00:00.000Z' });
    const r2 = send(def, r1.snapshot, { type: 'HALFJAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now: timer!.dueAt, calendar });
    expect(r2.steps[0]).toMatchObject({ path: 'evaluatie', dueAt: '2027-04-19T08:00:00.000Z' });
  });
});
