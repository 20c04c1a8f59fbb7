import { DraftSchema, EventSchema, StartTrajectorySchema } from '../schemas/trajectories';
import { type OpenApiPart, errors, json, pathParam, queryParam, ref } from './common';

const id = pathParam('id', 'Traject-id', { type: 'string', format: 'uuid' });
const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });

/** Trajectories: start, list, view, drafts, events, the event log. */
export const trajectoriesPart: OpenApiPart = {
  schemas: {
    TrajectoryView: {
      type: 'object',
      description: 'Een traject zoals de vrager het mag zien: huidige stappen (titel, instructies, verwachte duur, deadline), de formulieren van die stappen met concept, de eerder ingevulde formulieren (documents: alleen-lezen, met wie en wanneer, en welke huidige stap ze ter inzage toont), de gebeurtenissen die de rollen van de vrager nu mogen sturen, voortgang (done/current/coming in definitievolgorde), geschiedenis en context (budgetten, tellers, datums).',
      required: ['id', 'type', 'school', 'status', 'version', 'steps', 'forms', 'documents', 'events', 'progress', 'history', 'context'],
      properties: {
        id: { type: 'string' }, status: { enum: ['active', 'done'] }, version: { type: 'integer' },
        type: { type: 'object' }, school: { type: 'object' }, roles: { type: 'array' },
        steps: { type: 'array' }, forms: { type: 'array' }, documents: { type: 'array' }, events: { type: 'array' },
        progress: { type: 'array' }, history: { type: 'array' }, context: { type: 'object' },
      },
    },
  },
  paths: {
    '/api/trajectories': {
      post: {
        tags: ['trajectories'], summary: 'Een traject starten / start a trajectory',
        description: 'Een beheerder, of iemand met een rol uit de trajectsoort op die school. Een soort met een capaciteit weigert als hij vol is ("vol = vol"): 409 met de melding van de soort.',
        requestBody: body(StartTrajectorySchema),
        responses: { 201: json('Het nieuwe traject.', ref('TrajectoryView')), ...errors(400, 401, 403, 404, 409, 422) },
      },
      get: {
        tags: ['trajectories'], summary: 'Trajecten die u mag zien / trajectories you may see',
        parameters: [
          queryParam('schoolId', { type: 'string', format: 'uuid' }, 'Alleen deze school.'),
          queryParam('typeId', { type: 'string' }, 'Alleen deze soort.'),
          queryParam('status', { enum: ['active', 'done'] }, 'Alleen lopende of afgeronde.'),
          queryParam('limit', { type: 'integer', minimum: 1, maximum: 500, default: 100 }, 'Hoeveel.'),
          queryParam('offset', { type: 'integer', minimum: 0, default: 0 }, 'Vanaf.'),
        ],
        responses: { 200: json('Laatst actief eerst; per traject ook de acties die uw rollen nu mogen (events). / Most recently active first, each with the events your roles may send now.', { type: 'array', items: { type: 'object', required: ['id', 'type', 'school', 'status', 'version', 'steps', 'events'] } }), ...errors(400, 401) },
      },
    },
    '/api/trajectories/{id}': {
      get: {
        tags: ['trajectories'], summary: 'Een traject / a trajectory', parameters: [id],
        responses: { 200: json('Het traject.', ref('TrajectoryView')), ...errors(401, 404) },
      },
    },
    '/api/trajectories/{id}/diagram': {
      get: {
        tags: ['trajectories'], summary: 'Diagram met de plek van dit traject / diagram with where this trajectory is',
        description: 'Het stroomschema van de soort met de huidige stap blauw gemarkeerd ("hier staat het traject", en "over tijd" als dat zo is) en de doorlopen stappen groen. `?download` geeft het als bestand.',
        parameters: [id, queryParam('format', { enum: ['svg', 'png', 'mermaid', 'dot'], default: 'svg' }, 'Formaat'), queryParam('lang', { enum: ['nl', 'en'] }, 'Taal'),
          queryParam('download', { type: 'string' }, 'Als bestand downloaden')],
        responses: { 200: { description: 'Het diagram.', content: { 'image/svg+xml': {}, 'image/png': {}, 'text/plain': {} } }, ...errors(400, 401, 404) },
      },
    },
    '/api/trajectories/{id}/drafts/{formId}': {
      put: {
        tags: ['trajectories'], summary: 'Concept opslaan (autosave) / save a draft',
        description: 'Alleen een formulier van een huidige stap, en alleen met een rol die die stap verwacht of die het formulier mag indienen. Het concept verdwijnt als het formulier wordt ingediend. Met `baseUpdatedAt` weigert de server (409, met het huidige concept in `details.draft`) een opslag over een nieuwer concept van iemand anders.',
        parameters: [id, pathParam('formId', 'Formulier-id')], requestBody: body(DraftSchema),
        responses: { 200: json('{ formId, data, updatedAt, updatedBy }'), ...errors(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    '/api/trajectories/{id}/events': {
      post: {
        tags: ['trajectories'], summary: 'Formulier indienen / gebeurtenis sturen — submit a form, send an event',
        description: 'De engine controleert stap, rol, formulier (Ajv, Nederlandse meldingen per veld) en voorwaarden: 422 met `reason` en `fieldErrors` (JSON pointers in `data`). Is `expectedVersion` verouderd: 409 met de huidige stand in `details.trajectory`. Met `Idempotency-Key` levert een herhaald verzoek precies één gebeurtenis op (200 met `replayed: true`); dezelfde sleutel met een andere gebeurtenis of andere gegevens: 422 en er verandert niets.',
        parameters: [id, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }],
        requestBody: body(EventSchema),
        responses: {
          201: json('{ event, trajectory: { id, version, status, steps, events }, effects, replayed: false }'),
          200: json('Herhaald verzoek: de eerdere gebeurtenis, niets geschreven / a retried request.'),
          ...errors(400, 401, 404, 409, 413, 422),
        },
      },
      get: {
        tags: ['trajectories'], summary: 'Gebeurtenissenlog van een traject (audit) / event log of a trajectory',
        parameters: [id],
        responses: { 200: json('Alle gebeurtenissen in volgorde, met wie, rol, gegevens en stappen.', { type: 'array', items: { type: 'object' } }), ...errors(401, 404) },
      },
    },
  },
};
