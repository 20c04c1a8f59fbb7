import { describe, expect, it } from 'vitest';
import { loadBundle } from '../src';

const form = (id: string, schema: Record<string, unknown>) => JSON.stringify({
  id, title: { nl: id, en: id }, schema, examples: [{}],
});

describe('a form schema that points outside itself', () => {
  it('gets a located Dutch problem for a remote $schema, and the other files are still checked', () => {
    const { problems } = loadBundle([
      { file: 'forms/a.json', text: form('a', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: {} }) },
      { file: 'forms/b.json', text: form('b', { type: 'object', properties: { x: { type: 'strin' } } }) },
    ]);
    expect(problems.map(({ file, pointer, code }) => `${file}:${pointer} ${code}`)).toEqual([
      'forms/a.json:/schema/$schema unsupported-meta-schema',
      'forms/b.json:/schema/properties/x/type bad-form-schema',
    ]);
    expect(problems[0]!.message.nl).toMatch(/draft-07/);
  });

  it('accepts draft-07 named as $schema', () => {
    const { problems } = loadBundle([{ file: 'forms/a.json', text: form('a', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: {} }) }]);
    expect(problems).toEqual([]);
  });

  it('says in Dutch, at the $ref itself, that a $ref to a file or URL or to a missing definition cannot be used', () => {
    const { problems } = loadBundle([{ file: 'forms/a.json', text: form('a', { type: 'object', definitions: { uur: { type: 'number' } }, properties: {
      a: { $ref: 'https://example.org/uren.json' }, b: { $ref: 'uren.json#/x' }, c: { $ref: '#/definitions/dag' }, d: { $ref: '#/definitions/uur' },
      $ref: { type: 'string' }, e: { type: 'object', default: { $ref: 'gewoon tekst' } } } }) }]);
    expect(problems.map(({ pointer, code }) => `${pointer} ${code}`)).toEqual([
      '/schema/properties/a/$ref external-ref', '/schema/properties/b/$ref external-ref', '/schema/properties/c/$ref unknown-ref',
    ]);
    expect(problems[0]!.message.nl).toMatch(/wijst buiten dit formulier/);
  });
});
