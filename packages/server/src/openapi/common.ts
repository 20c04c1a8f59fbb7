/**
 * Shared pieces of the OpenAPI document: components every route family refers to, and helpers to
 * describe a JSON answer or an error answer briefly.
 */

/** A part of the OpenAPI document: its paths and the component schemas they use. */
export interface OpenApiPart {
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A JSON answer with a schema. */
export const json = (description: string, schema: unknown = { type: 'object' }) => ({
  description, content: { 'application/json': { schema } },
});

/** The error answers a route can give, by status. */
export function errors(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 422 | 429>) {
  const text: Record<number, string> = {
    400: 'Ongeldig verzoek (parameter, JSON, verboden sleutel zoals __proto__) / invalid request',
    401: 'Niet ingelogd / not signed in',
    403: 'Niet toegestaan / forbidden',
    404: 'Bestaat niet of niet zichtbaar voor u / not found or not visible to you',
    409: 'Conflict: verouderde expectedVersion of bestaat al / stale version or already exists',
    413: 'Verzoek te groot / request too large',
    422: 'Gegevens kloppen niet: fouten per veld / data does not validate: errors per field',
    429: 'Te veel verzoeken / too many requests',
  };
  return Object.fromEntries(statuses.map((s) => [String(s), json(text[s]!, ref('Error'))]));
}

export const queryParam = (name: string, schema: unknown, description: string, isRequired = false) => ({
  name, in: 'query', required: isRequired, schema, description,
});
export const pathParam = (name: string, description: string, schema: unknown = { type: 'string' }) => ({
  name, in: 'path', required: true, schema, description,
});

export const commonSchemas: Record<string, unknown> = {
  Localized: {
    type: 'object', required: ['nl', 'en'], additionalProperties: false,
    properties: { nl: { type: 'string' }, en: { type: 'string' } },
    description: 'Een tekst voor de gebruiker: Nederlands eerst, Engels tweede.',
  },
  FieldError: {
    type: 'object', required: ['path', 'message'],
    properties: {
      path: { type: 'string', description: 'JSON pointer naar het veld (bij formulieren: in de formuliergegevens).' },
      message: ref('Localized'), keyword: { type: 'string' }, code: { type: 'string' },
      file: { type: 'string' }, pointer: { type: 'string', description: 'JSON pointer binnen het bestand (bij publiceren).' },
    },
  },
  Error: {
    type: 'object', required: ['error'],
    properties: {
      error: {
        type: 'object', required: ['code', 'message'],
        properties: {
          code: { type: 'string', examples: ['not-found', 'invalid-request', 'unprocessable', 'version-conflict', 'transition-rejected'] },
          message: ref('Localized'),
          path: { type: 'string', description: 'JSON pointer naar het deel van het verzoek waar het om gaat.' },
          reason: { type: 'string', description: 'Bij transition-rejected: waarom de engine weigerde (role-forbidden, form-invalid, …).' },
          fieldErrors: { type: 'array', items: ref('FieldError') },
          details: { description: 'Bij 409: de huidige stand (currentVersion, trajectory).' },
        },
      },
    },
  },
};
