import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition } from '../src';

// Issue 14: a raw schema message ("moet overeenkomen met "else" schema", one "moet gelijk zijn aan constante" per
// option) never reaches a reader; the meaningful error beside it is shown instead.
const form = {
  id: 'woorden', title: { nl: 'Woorden', en: 'Words' },
  schema: {
    type: 'object',
    properties: {
      instrument: { type: 'string', title: 'Instrument', enum: ['cito', 'anders'] },
      instrumentAnders: { type: 'string', title: 'Ander instrument' },
      vorm: { type: 'string', title: 'Vorm', oneOf: [{ const: 'op-school', title: 'Op school' }, { const: 'online', title: 'Online' }] },
    },
    if: { properties: { instrument: { const: 'anders' } }, required: ['instrument'] },
    then: { required: ['instrumentAnders'] },
    else: { not: { required: ['instrumentAnders'] } },
  },
} as unknown as FormDefinition;
const compiled = compileForm(form, 'forms/woorden.json');
const said = (data: unknown) => compiled.validate(data).map((e) => [e.path, e.message.nl]);

describe('form messages speak of the answer, not of the schema', () => {
  it('says only that the other instrument is required when "anders" is chosen, not that "then" did not match', () => {
    expect(said({ instrument: 'anders' })).toEqual([['/instrumentAnders', 'Ander instrument is verplicht']]);
  });

  it('says a field is not allowed where the else branch forbids it, without naming the branch', () => {
    expect(said({ instrument: 'cito', instrumentAnders: 'x' })).toEqual([['', 'is hier niet toegestaan']]);
  });

  it('says once that a choice is not one of its options, in both languages', () => {
    expect(compiled.validate({ vorm: 'per-post' }).map((e) => [e.path, e.message])).toEqual([
      ['/vorm', { nl: 'is geen van de mogelijke keuzes', en: 'is not one of the possible choices' }],
    ]);
  });
});
