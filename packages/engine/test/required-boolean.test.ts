import { describe, expect, it } from 'vitest';
import { type JsonObject, loadBundle, send, start } from '../src';
import { readTree, rejection } from './helpers';

// docs/definition-format.md §6: "required" asks for an answer, and false is an answer. To demand a tick, say `const: true`.
function withAgreement(agreement: JsonObject) {
  const files = readTree('test/fixtures/valid').map((f) => {
    const json = JSON.parse(f.text);
    if (f.file.includes('/forms/')) {
      json.schema.properties.akkoord = agreement;
      json.schema.required.push('akkoord');
      json.examples = json.examples.map((e: JsonObject) => ({ ...e, akkoord: true }));
    } else {
      json.machine.states.intake.meta.events.INTAKE_AFRONDEN.requiredFields.push('/akkoord');
    }
    return { ...f, text: JSON.stringify(json) };
  });
  const bundle = loadBundle(files);
  expect(bundle.problems).toEqual([]);
  return bundle.definitions[0]!;
}

const now = '2026-09-01T08:00:00.000Z';
function finishIntake(def: ReturnType<typeof withAgreement>, akkoord?: boolean) {
  const data: JsonObject = { besluit: 'go', ...(akkoord === undefined ? {} : { akkoord }) };
  return send(def, start(def, { now }).snapshot, { type: 'INTAKE_AFRONDEN', data }, { actor: { roles: ['casemanager'] }, now });
}
describe('a yes/no question that must be answered or ticked', () => {
  it('takes false as an answer to a required boolean, in the schema and in requiredFields alike', () => {
    const def = withAgreement({ type: 'boolean', title: 'Akkoord' });
    expect(finishIntake(def, false).steps.map((s) => s.path)).toEqual(['uitvoering']);
    expect(rejection(() => finishIntake(def)).fieldErrors).toEqual([expect.objectContaining({ path: '/akkoord', keyword: 'required' })]);
  });

  it('refuses anything but a tick with const: true, at the field', () => {
    const def = withAgreement({ type: 'boolean', const: true, title: 'Akkoord' });
    const refused = rejection(() => finishIntake(def, false));
    expect(refused.reason).toBe('form-invalid');
    expect(refused.fieldErrors).toEqual([expect.objectContaining({ path: '/akkoord', keyword: 'const' })]);
    expect(finishIntake(def, true).steps.map((s) => s.path)).toEqual(['uitvoering']);
  });
});
