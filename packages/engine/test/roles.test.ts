import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_ID_PATTERN, loadBundle } from '../src';

const fixture = join(import.meta.dirname, '../../../test/fixtures/valid');
const read = (path: string) => readFileSync(join(fixture, path), 'utf8');

describe('role ids', () => {
  it('accept a hyphenated Dutch role such as po-raad in a definition, as memberships and invitations do', () => {
    const definition = JSON.parse(read('workflows/mini.json'));
    definition.roles['po-raad'] = { title: { nl: 'PO-raad', en: 'PO council' } };
    definition.machine.states.uitvoering.meta.roles.push('po-raad');
    const { problems } = loadBundle([
      { file: 'workflows/mini.json', text: JSON.stringify(definition) },
      { file: 'forms/mini-intake.json', text: read('forms/mini-intake.json') },
    ]);
    expect(problems).toEqual([]);
  });

  it('are lowercase letters, digits and hyphens, starting with a letter, at most 40 characters', () => {
    const valid = new RegExp(ROLE_ID_PATTERN);
    for (const role of ['ib', 'schoolleider', 'po-raad', 'team2']) expect(valid.test(role), role).toBe(true);
    for (const role of ['assistent_zorg', 'Directie', '2e-lijn', '-ib', `r${'x'.repeat(40)}`]) expect(valid.test(role), role).toBe(false);
  });
});
