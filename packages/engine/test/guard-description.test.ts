import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conditionPhrase, describeGuard, send, start } from '../src';
import { variant } from './helpers';

// docs/definition-format.md "De voorwaarde in eigen woorden": its example transition, put in the mini type's intake.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('### De voorwaarde in eigen woorden');
const open = doc.indexOf('```json', from) + 7;
const example = JSON.parse(doc.slice(open, doc.indexOf('```', open)));
const T0 = '2026-09-01T08:00:00.000Z';

describe("a guard's own description", () => {
  const bundle = variant((d) => {
    d.machine.states.intake.on.INTAKE_AFRONDEN[0] = example;
  });
  const def = bundle.definitions[0]!;
  const guard = def.index.transitions.find((t) => t.source === 'intake' && t.event === 'INTAKE_AFRONDEN')!.config.guard!;

  it('loads without a problem and reads as the author wrote it, after "als" / "if"', () => {
    expect(bundle.problems).toEqual([]);
    expect(describeGuard(guard, { def, lang: 'nl', eventForm: 'mini-intake' })).toBe('er nog genoeg uren over zijn');
    expect(conditionPhrase(guard, { def, lang: 'nl', eventForm: 'mini-intake' })).toBe('als er nog genoeg uren over zijn');
    expect(conditionPhrase(guard, { def, lang: 'en', eventForm: 'mini-intake' })).toBe('if there are enough hours left');
  });

  it('changes nothing about what the guard decides', () => {
    const { snapshot } = start(def, { now: T0 });
    const actor = { roles: ['casemanager'] };
    expect(send(def, snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 3 } }, { actor, now: T0 }).snapshot.value).toBe('uitvoering');
    // 16 hours do not fit in 15: this alternative is skipped and the fallback after it ends the trajectory.
    const over = send(def, snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 16 } }, { actor, now: T0 });
    expect(over.snapshot.value).toBe('gestopt');
  });

  it('is refused by the linter when it is not { nl, en }', () => {
    const bad = variant((d) => {
      d.machine.states.intake.on.INTAKE_AFRONDEN[0] = { ...example, guard: { ...example.guard, description: 'genoeg uren' } };
    });
    expect(bad.problems.map((p) => p.pointer)).toContain('/machine/states/intake/on/INTAKE_AFRONDEN/0/guard/description');
  });
});
