import { type OpenApiPart, errors, json, pathParam, queryParam } from './common';

/** Per school: the audit log. */
export const schoolsPart: OpenApiPart = {
  schemas: {
    SchoolAuditEntry: {
      oneOf: [
        {
          type: 'object', description: 'Een gebeurtenis van een traject van de school (de formuliergegevens staan in /api/trajectories/{id}/events).',
          required: ['kind', 'at', 'trajectory', 'seq', 'type', 'label', 'actor', 'roles', 'from', 'to'],
          properties: {
            kind: { const: 'event' }, at: { type: 'string', format: 'date-time' }, trajectory: { type: 'object' }, seq: { type: 'integer' },
            type: { type: 'string' }, label: { $ref: '#/components/schemas/Localized' }, actor: { type: ['object', 'null'] },
            roles: { type: 'array', items: { type: 'string' } }, from: { type: 'array' }, to: { type: 'array' },
          },
        },
        {
          type: 'object', description: 'Een regel uit het auditlog over de school: rollen, uitnodigingen, meldingen.',
          required: ['kind', 'at', 'id', 'action', 'actor'],
          properties: {
            kind: { const: 'audit' }, at: { type: 'string', format: 'date-time' }, id: { type: 'integer' }, action: { type: 'string', examples: ['membership.add', 'invitation.create', 'trajectory.notify'] },
            trajectoryId: { type: ['string', 'null'] }, actor: { type: ['object', 'null'] }, detail: {},
          },
        },
      ],
    },
  },
  paths: {
    '/api/schools/{id}/audit': {
      get: {
        tags: ['audit'], summary: 'Auditlog van een school / audit log of a school',
        description: 'Alle gebeurtenissen van de trajecten van de school en alle auditregels over de school, nieuwste eerst. Alleen voor wie de school mag zien (anders 404, alsof hij niet bestaat). Volgende pagina: ?before=<nextCursor>.',
        parameters: [
          pathParam('id', 'School-id', { type: 'string', format: 'uuid' }),
          queryParam('before', { type: 'string' }, 'nextCursor van de vorige pagina.'),
          queryParam('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'Hoeveel regels.'),
        ],
        responses: {
          200: json('{ school, entries, nextCursor }', {
            type: 'object', required: ['school', 'entries', 'nextCursor'],
            properties: { school: { type: 'object' }, entries: { type: 'array', items: { $ref: '#/components/schemas/SchoolAuditEntry' } }, nextCursor: { type: ['string', 'null'] } },
          }),
          ...errors(400, 401, 404),
        },
      },
    },
  },
};

/** The service itself: health and this document. */
export const metaPart: OpenApiPart = {
  paths: {
    '/api/health': { get: { tags: ['meta'], summary: 'Draait de server / is the server up', security: [], responses: { 200: json('{ ok: true }') } } },
    '/api/openapi.json': { get: { tags: ['meta'], summary: 'Dit document / this document', security: [], responses: { 200: json('OpenAPI 3.1') } } },
  },
};
