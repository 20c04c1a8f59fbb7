import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../src/api/client';
import { refusalOf } from '../src/pages/invitation/api';

const SUMMARY = { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' };

describe('refusalOf', () => {
  it('puts each field error next to its field and keeps the summary above the form', () => {
    const failure = new ApiFailure(422, { code: 'unprocessable', message: SUMMARY, path: '/password', fieldErrors: [
      { path: '/password', message: { nl: 'mag niet korter dan 10 karakters zijn', en: 'must not be shorter than 10 characters' }, keyword: 'minLength' },
    ] });
    expect(refusalOf(failure, ['/name', '/password'])).toEqual({
      status: 422, general: SUMMARY, fields: { '/password': { nl: 'mag niet korter dan 10 karakters zijn', en: 'must not be shorter than 10 characters' } },
    });
  });

  it("shows a refusal with its own path (403 on /role) at that field, without repeating it above", () => {
    const message = { nl: 'U mag niemand uitnodigen als ib bij De Esch.', en: 'You may not invite anyone as ib at De Esch.' };
    const refusal = refusalOf(new ApiFailure(403, { code: 'forbidden', message, path: '/role' }), ['/email', '/role']);
    expect(refusal).toEqual({ status: 403, fields: { '/role': message }, general: undefined });
  });

  it('uses plainer words for a schema check, and shows what fits no field as the general message', () => {
    const failure = new ApiFailure(422, { code: 'unprocessable', message: SUMMARY, path: '/role', fieldErrors: [
      { path: '/role', message: { nl: 'moet overeenkomen met het patroon', en: 'must match pattern' }, keyword: 'pattern' },
      { path: '/extra', message: { nl: 'is niet toegestaan', en: 'is not allowed' }, keyword: 'additionalProperties' },
    ] });
    const chooseRole = { nl: 'Kies een rol', en: 'Choose a role' };
    expect(refusalOf(failure, ['/role'], { '/role': { keywords: ['pattern'], message: chooseRole } })).toEqual({
      status: 422, fields: { '/role': chooseRole }, general: { nl: 'is niet toegestaan', en: 'is not allowed' },
    });
  });

  it('turns a network failure into a general message', () => {
    expect(refusalOf(new TypeError('Failed to fetch'), ['/email'])).toEqual({ status: 0, fields: {}, general: { nl: 'Failed to fetch', en: 'Failed to fetch' } });
  });
});
