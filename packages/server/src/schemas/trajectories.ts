/**
 * Request bodies of the trajectory-type, trajectory and overview routes as JSON Schema: compiled by Ajv
 * for validation and published as-is in the OpenAPI document, so the two cannot drift apart.
 * Unknown fields are refused everywhere (`additionalProperties: false`).
 */

/** A type id as the definition format allows it. */
export const TYPE_ID = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' } as const;
export const VERSION = { type: 'integer', minimum: 1, maximum: 9_999_999 } as const;

export const PublishTypeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['definition'],
  properties: {
    definition: { type: 'object', description: 'De workflow: het trajectdefinitieformaat (docs/definition-format.md).' },
    forms: { type: 'array', maxItems: 200, items: { type: 'object' }, description: 'De formulieren die de workflow gebruikt.' },
  },
} as const;

export const StartTrajectorySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['typeId', 'schoolId'],
  properties: {
    typeId: TYPE_ID,
    version: { ...VERSION, description: 'Zonder versie: de nieuwste.' },
    schoolId: { type: 'string', format: 'uuid' },
  },
} as const;

export const EventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'expectedVersion'],
  properties: {
    type: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$' },
    data: { type: 'object', description: 'De formuliergegevens die de gebeurtenis meestuurt.' },
    expectedVersion: { ...VERSION, description: 'De versie van het traject waarop de gebruiker zich baseert.' },
  },
} as const;

export const DraftSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['data'],
  properties: {
    data: { type: 'object', description: 'Het formulier zoals het nu is ingevuld (mag onvolledig zijn).' },
    baseUpdatedAt: {
      type: ['string', 'null'], format: 'date-time',
      description: 'De updatedAt van het concept waarop deze wijziging voortbouwt (null: er was nog geen concept). Is het concept intussen door iemand anders gewijzigd, dan 409 met het huidige concept; zonder dit veld wint de laatste opslag.',
    },
  },
} as const;
