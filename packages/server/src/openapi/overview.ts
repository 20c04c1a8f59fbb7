import { type OpenApiPart, errors, json, queryParam } from './common';

const typeParams = [
  queryParam('typeId', { type: 'string' }, 'Trajectsoort-id.', true),
  queryParam('version', { type: 'integer', minimum: 1 }, 'Versie; zonder: de nieuwste.'),
];

/** The coach overview and its diagram overlay. */
export const overviewPart: OpenApiPart = {
  paths: {
    '/api/overview': {
      get: {
        tags: ['overview'], summary: 'Overzicht voor procesbegeleiders / coach overview',
        description: 'Voor procesbegeleiders, casemanagers en beheerders, over de scholen die de vrager mag zien: per stap het aantal trajecten en hoeveel over tijd zijn, en per school de huidige stap(pen), dagen in de stap tegenover de verwachte duur, waar het op wacht (welk formulier, welke rol), laatste activiteit en budgetten.',
        parameters: typeParams,
        responses: { 200: json('{ type, at, totals, steps, schools }'), ...errors(400, 401, 403, 404) },
      },
    },
    '/api/overview/diagram': {
      get: {
        tags: ['overview'], summary: 'Diagram met aantallen per stap / diagram with counts per step',
        parameters: [...typeParams,
          queryParam('format', { enum: ['svg', 'png', 'mermaid', 'dot'], default: 'svg' }, 'Formaat'),
          queryParam('lang', { enum: ['nl', 'en'] }, 'Taal')],
        responses: { 200: { description: 'Het diagram met overlay.', content: { 'image/svg+xml': {}, 'image/png': {} } }, ...errors(400, 401, 403, 404) },
      },
    },
  },
};
