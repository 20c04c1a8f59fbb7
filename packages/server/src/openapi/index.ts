import { type OpenApiPart, commonSchemas } from './common';

/**
 * Every route family's part of the OpenAPI document, one module each. Add a family by writing its
 * module next to these and listing it here.
 */
const PARTS: OpenApiPart[] = [];

/** The OpenAPI 3.1 document served at /api/openapi.json. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = { ...commonSchemas };
  for (const part of PARTS) {
    for (const [path, operations] of Object.entries(part.paths)) paths[path] = { ...paths[path], ...(operations as Record<string, unknown>) };
    Object.assign(schemas, part.schemas ?? {});
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Koers API', version: '0.1.0',
      description: 'Koers begeleidt scholen door schoolontwikkelingstrajecten. Alle meldingen zijn { nl, en }. Inloggen met een sessiecookie (schrijfverzoeken met X-CSRF-Token) of een API-token (Authorization: Bearer koers_…).',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'koers_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}

export { type OpenApiPart, commonSchemas, errors, json, pathParam, queryParam, ref } from './common';
