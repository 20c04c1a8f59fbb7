import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { send, start } from '../src';
import { variant } from './helpers';

// docs/definition-format.md "Zachte regels: `warnings`": its example transition, put in the mini type's intake,
// books hours over the budget and raises the documented flag.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('### Zachte regels: `warnings`');
const open = doc.indexOf('```json', from) + 7;
const example = JSON.parse(doc.slice(open, doc.indexOf('```', open)));

describe('the documented warnings example', () => {
  it('loads in a type, books more hours than the budget and flags it with its id and message', () => {
    const bundle = variant((d) => {
      d.machine.states.intake.on.INTAKE_AFRONDEN[0] = { ...example, guard: d.machine.states.intake.on.INTAKE_AFRONDEN[0].guard };
    });
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!;
    const result = send(def, start(def, { now: '2026-09-01T08:00:00.000Z' }).snapshot,
      { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 16 } }, { actor: { roles: ['casemanager'] }, now: '2026-09-02T08:00:00.000Z' });
    expect(result.snapshot.context.budgets.uren).toEqual({ limit: 15, used: 16 });
    expect(result.flags).toEqual([{ source: 'guard', code: 'uren-over-budget', message: example.warnings[0].message }]);
  });
});
