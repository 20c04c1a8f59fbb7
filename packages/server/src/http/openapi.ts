import type { Hono } from 'hono';
import { generateSpecs } from 'hono-openapi';
import { COMPONENTS, toOpenApi } from './operation';
import { ErrorBody, FieldError, Localized } from './schema';

const DESCRIPTION = [
  'Koers begeleidt scholen door schoolontwikkelingstrajecten. Alle meldingen zijn `{ nl, en }`: Nederlands eerst, Engels tweede.',
  'Inloggen met een sessiecookie (schrijfverzoeken met de header X-CSRF-Token) of een API-token (Authorization: Bearer koers_…).',
  'Per route staat onder **Wie** wie hem mag gebruiken (ook als `x-koers-access`: public, signed-in of admin).',
  '',
  'Koers guides schools through school-improvement trajectories. Every message is `{ nl, en }`. Sign in with a session cookie (writes send X-CSRF-Token) or an API token.',
].join('\n');

const documents = new WeakMap<object, Promise<unknown>>();

/**
 * The OpenAPI 3.1 document of an app, generated from its route declarations (`route()`): each app's once.
 * A route registered without a declaration is missing from it, which the OpenAPI test catches.
 */
export function openApiDocument(app: Hono<any, any, any>): Promise<unknown> {
  let doc = documents.get(app);
  if (!doc) {
    // The shared error schemas are components even before a route refers to them.
    for (const schema of [Localized, FieldError, ErrorBody]) toOpenApi(schema);
    doc = generateSpecs(app, {
      documentation: {
        info: { title: 'Koers API', version: '0.1.0', description: DESCRIPTION },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'koers_session', description: 'Na POST /api/auth/login; schrijfverzoeken ook met X-CSRF-Token.' },
            token: { type: 'http', scheme: 'bearer', description: 'Een API-token (koers_…), aan te maken via POST /api/tokens.' },
          },
        },
        security: [{ session: [] }, { token: [] }],
      },
      defaultValidationErrorResponse: false,
      // A path ending in a file name (/api/openapi.json, /catalogus.css) is a declared route all the same.
      excludeStaticFile: false,
    }).then((generated) => {
      const components = (generated as { components?: { schemas?: Record<string, unknown> } }).components ?? {};
      return { ...generated, components: { ...components, schemas: { ...components.schemas, ...Object.fromEntries(COMPONENTS) } } };
    });
    documents.set(app, doc);
  }
  return doc;
}
