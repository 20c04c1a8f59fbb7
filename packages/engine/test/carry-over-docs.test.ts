import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundle, prefillFor, send, start } from '../src';

// docs/definition-format.md "Antwoorden die overgaan en ondertekening": the documented steps, put in a small type
// with the two forms they name, load cleanly, wait for the MR's signature and carry the goal over.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('### Antwoorden die overgaan en ondertekening');
const fragment = doc.slice(doc.indexOf('```json', from) + 7, doc.indexOf('```', doc.indexOf('```json', from) + 7));

const form = (id: string, properties: Record<string, unknown>) => JSON.stringify({
  id, title: { nl: id === 'evaluatie' ? 'Evaluatie' : 'Plan van aanpak', en: id === 'evaluatie' ? 'Evaluation' : 'Action plan' },
  schema: { type: 'object', properties }, examples: [{}],
});
const definition = `{
  "id": "voorbeeld", "version": 1, "title": { "nl": "Voorbeeld", "en": "Example" },
  "description": { "nl": "Uit de documentatie.", "en": "From the documentation." },
  "roles": { "directie": { "title": { "nl": "Directie", "en": "Management" } } },
  "machine": { "id": "voorbeeld", "initial": "plan", "states": {
    "plan": { "meta": { "title": { "nl": "Plan", "en": "Plan" }, "roles": ["directie"], "forms": ["plan-van-aanpak"],
      "events": { "PLAN_KLAAR": { "label": { "nl": "Plan indienen", "en": "Submit" }, "roles": ["directie"], "form": "plan-van-aanpak" } } },
      "on": { "PLAN_KLAAR": "vaststellen" } },
    ${fragment},
    "klaar": { "type": "final", "meta": { "title": { "nl": "Klaar", "en": "Done" } } }
  } }
}`;

describe('the documented prefill and sign-off example', () => {
  it('loads, refuses to adopt the plan until the MR signed, then carries the goal and the school name over', () => {
    const bundle = loadBundle([
      { file: 'workflows/voorbeeld.json', text: definition },
      { file: 'forms/plan-van-aanpak.json', text: form('plan-van-aanpak', { doel: { type: 'string', title: 'Doel' } }) },
      { file: 'forms/evaluatie.json', text: form('evaluatie', { school: { type: 'string', title: 'School' }, doel: { type: 'string', title: 'Doel' } }) },
    ]);
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!;
    const as = (now: string, signed: number) => ({ actor: { roles: ['directie'] }, now, facts: { signoffs: { mr: signed } } });
    const s0 = start(def, { now: '2026-09-01T08:00:00.000Z' }).snapshot;
    const s1 = send(def, s0, { type: 'PLAN_KLAAR', data: { doel: 'Lezen' } }, as('2026-09-02T08:00:00.000Z', 0)).snapshot;
    expect(() => send(def, s1, { type: 'VASTSTELLEN' }, as('2026-09-03T08:00:00.000Z', 0))).toThrow();
    const s2 = send(def, s1, { type: 'VASTSTELLEN' }, as('2026-09-03T08:00:00.000Z', 1));
    expect(s2.steps.map((s) => s.path)).toEqual(['evaluatie']);
    expect(prefillFor(def, s2.snapshot, ['evaluatie'], 'evaluatie', { trajectory: { name: 'De Klimop' } }, '2026-09-04T08:00:00.000Z')).toEqual({
      data: { school: 'De Klimop', doel: 'Lezen' },
      sources: { '/school': { nl: 'het traject', en: 'the trajectory' }, '/doel': { nl: 'Plan van aanpak', en: 'Action plan' } },
      from: [{ form: 'plan-van-aanpak', title: { nl: 'Plan van aanpak', en: 'Action plan' } }],
    });
  });
});
