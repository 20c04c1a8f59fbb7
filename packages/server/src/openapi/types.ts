import { PublishTypeSchema } from '../schemas/trajectories';
import { type OpenApiPart, errors, json, pathParam, queryParam } from './common';

const version = queryParam('version', { type: 'integer', minimum: 1 }, 'Versie; zonder: de nieuwste.');
const lang = queryParam('lang', { enum: ['nl', 'en'] }, 'Taal van titels en labels.');

/** Trajectory types: list, publish, definition, diagram, documentation. */
export const typesPart: OpenApiPart = {
  paths: {
    '/api/types': {
      get: {
        tags: ['types'], summary: 'Trajectsoorten met hun versies / trajectory types with their versions',
        responses: { 200: json('De nieuwste versie van elke soort, met alle versienummers.', { type: 'array', items: { type: 'object' } }) },
      },
      post: {
        tags: ['types'], summary: 'Een versie publiceren (beheerder) / publish a version (admin)',
        description: 'Gevalideerd en gecontroleerd door de engine. Een gepubliceerde versie verandert nooit: dezelfde id en versie nog eens is 409. Fouten (422) wijzen met `path` in het verzoek (`/definition/machine/...`, `/forms/2/schema/...`) en met `file` + `pointer` binnen het deel.',
        requestBody: { required: true, content: { 'application/json': { schema: PublishTypeSchema } } },
        responses: { 201: json('Gepubliceerd.'), ...errors(400, 401, 403, 409, 413, 422) },
      },
    },
    '/api/types/{id}': {
      get: {
        tags: ['types'], summary: 'Definitie en formulieren van een versie / definition and forms of a version',
        parameters: [pathParam('id', 'Trajectsoort-id'), version],
        responses: { 200: json('{ definition, forms }'), ...errors(400, 404) },
      },
    },
    '/api/types/{id}/diagram': {
      get: {
        tags: ['types'], summary: 'Diagram (SVG, PNG, Mermaid, DOT)',
        parameters: [pathParam('id', 'Trajectsoort-id'), version, lang,
          queryParam('format', { enum: ['svg', 'png', 'mermaid', 'dot'], default: 'svg' }, 'Formaat'),
          queryParam('download', { type: 'string' }, 'Als bijlage downloaden.')],
        responses: { 200: { description: 'Het diagram.', content: { 'image/svg+xml': {}, 'image/png': {}, 'text/plain': {}, 'text/vnd.graphviz': {} } }, ...errors(400, 404) },
      },
    },
    '/api/types/{id}/docs': {
      get: {
        tags: ['types'], summary: 'Documentatie in Markdown / Markdown documentation',
        parameters: [pathParam('id', 'Trajectsoort-id'), version, lang],
        responses: { 200: { description: 'Markdown.', content: { 'text/markdown': {} } }, ...errors(400, 404) },
      },
    },
  },
};
