import { Hono } from 'hono';
import type { AuthEnv } from '../auth/options';
import { idempotencyKeyOf } from './idempotency';
import { p } from '../http/params';
import { TYPE_ID } from '../query';
import { route } from '../http/route';
import { DraftBody, EventBody, EventResult, HistoryEntry, SavedDraft, StartTrajectoryBody, StartedTrajectory, TrajectoryListEntry, TrajectoryView } from '../schemas/trajectories';
import { sendEvent } from '../trajectories/send';
import { type TrajectoryDeps, eventLog, listTrajectories, loadVisible, positionOf, saveDraft, viewFor } from '../trajectories/service';
import { DIAGRAM_MEDIA, diagramQuery, diagramResponse } from './diagram';
import { startTrajectory } from '../trajectories/start';
import { acknowledgeFlag } from '../trajectories/flags';
import { AcknowledgeBody, FlagView } from '../schemas/flags';
import { Type } from '@sinclair/typebox';

const tag = 'trajectories';
const id = { id: p.id('Traject-id.') };
const WHO_SEES = 'Een traject van een school die u niet mag zien, antwoordt 404 alsof het niet bestaat.';

const start = route({
  tag, summary: 'Een traject starten / start a trajectory', access: 'signed-in',
  who: 'Een beheerder, of iemand met een rol uit de trajectsoort op die school (of bij dat bestuur, voor een bestuurstraject) die daar gehouden mag worden (heldAt).',
  description: 'Een soort met een capaciteit weigert als hij vol is ("vol = vol"): 409 met de melding van de soort. Een bestuurstraject bij een school of een schooltraject bij een bestuur: 422 bij /schoolId; een label dat een ander lopend traject van de soort daar al heeft (of geen label waar de soort er een vraagt): 422 bij /label.',
  body: StartTrajectoryBody, errors: [403, 404, 409, 422],
  responses: { 201: { description: 'Het nieuwe traject.', schema: StartedTrajectory } },
});
const list = route({
  tag, summary: 'Trajecten die u mag zien / trajectories you may see', access: 'signed-in',
  query: {
    schoolId: p.uuid('Alleen deze school.'), typeId: p.typeId('Alleen deze soort.'),
    status: p.oneOf(['active', 'done'], 'Alleen lopende of afgeronde.'),
    limit: p.wholeNumber('Hoeveel (standaard 100).', { min: 1, max: 500, default: 100 }), offset: p.wholeNumber('Vanaf.', { min: 0, default: 0 }),
  },
  responses: { 200: { description: 'Laatst actief eerst; per traject ook de acties die uw rollen nu mogen (events).', schema: Type.Array(TrajectoryListEntry) } },
});
const view = route({
  tag, summary: 'Een traject / a trajectory', access: 'signed-in', who: WHO_SEES, params: id, errors: [404],
  responses: { 200: { description: 'Het traject zoals u het mag zien.', schema: TrajectoryView } },
});
const diagram = route({
  tag, summary: 'Diagram met de plek van dit traject / diagram with where this trajectory is', access: 'signed-in', who: WHO_SEES,
  description: 'Het stroomschema van de soort met de huidige stap blauw gemarkeerd ("hier staat het traject", en "over tijd" als dat zo is) en de doorlopen stappen groen. `?download` geeft het als bestand.',
  params: id, query: diagramQuery, errors: [404],
  responses: { 200: { description: 'Het diagram.', media: DIAGRAM_MEDIA } },
});
const draft = route({
  tag, summary: 'Concept opslaan (autosave) / save a draft', access: 'signed-in',
  who: 'Alleen een formulier van een huidige stap, en alleen met een rol die die stap verwacht of die het formulier mag indienen.',
  description: 'Het concept verdwijnt als het formulier wordt ingediend. Met `baseUpdatedAt` weigert de server (409, met het huidige concept in `details.draft`) een opslag over een nieuwer concept van iemand anders.',
  params: {
    ...id,
    formId: p.text('Formulier-id.', { pattern: TYPE_ID, message: (raw) => ({ nl: `"${raw}" is geen geldige formulier-id.`, en: `"${raw}" is not a valid form id.` }) }),
  },
  body: DraftBody, errors: [403, 404, 409],
  responses: { 200: { description: 'Het opgeslagen concept.', schema: SavedDraft } },
});
const send = route({
  tag, summary: 'Formulier indienen / gebeurtenis sturen — submit a form, send an event', access: 'signed-in', who: WHO_SEES,
  description: 'De engine controleert stap, rol, formulier (Nederlandse meldingen per veld) en voorwaarden: 422 met `reason` en `fieldErrors` (JSON pointers in `data`). Is `expectedVersion` verouderd: 409 met de huidige stand in `details.trajectory`. Met `Idempotency-Key` levert een herhaald verzoek precies één gebeurtenis op (200 met `replayed: true`); dezelfde sleutel met een andere gebeurtenis of andere gegevens: 422 en er verandert niets.',
  params: id, body: EventBody, errors: [404, 409],
  headers: [{ name: 'Idempotency-Key', description: 'Maakt het verzoek veilig te herhalen (1 tot 200 zichtbare ASCII-tekens).', maxLength: 200 }],
  responses: {
    201: { description: 'De gebeurtenis is vastgelegd.', schema: EventResult },
    200: { description: 'Herhaald verzoek: de eerdere gebeurtenis, niets geschreven / a retried request.', schema: EventResult },
  },
});
const log = route({
  tag, summary: 'Gebeurtenissenlog van een traject (audit) / event log of a trajectory', access: 'signed-in', who: WHO_SEES, params: id, errors: [404],
  description: 'Zonder `limit` het hele log; met `limit` één pagina: de laatste `limit` gebeurtenissen vóór `before` (zonder `before`: de nieuwste), oudste eerst. De volgende pagina terug vraagt `before` = de seq van de eerste in deze pagina; een pagina die met seq 1 begint is de laatste. / Without `limit` the whole log; with it one page, keyset on seq.',
  query: {
    before: p.wholeNumber('Alleen gebeurtenissen met een kleinere seq.', { min: 1 }),
    limit: p.wholeNumber('Hoeveel gebeurtenissen (hoogstens 500).', { min: 1, max: 500 }),
  },
  responses: { 200: { description: 'De gebeurtenissen in volgorde, met wie, rol, gegevens en stappen.', schema: Type.Array(HistoryEntry) } },
});
const acknowledge = route({
  tag, summary: 'Een signaal afhandelen / acknowledge a flag', access: 'signed-in',
  who: 'Een beheerder, of iemand met een coachrol van de trajectsoort in dit traject. Een traject dat u niet mag zien: 404.',
  description: 'Een signaal is een zachte regel die niet hield (de gebeurtenis is wel vastgelegd). Afhandelen legt vast wie, wanneer en met welke notitie, telt het signaal niet meer mee als open en komt in de audit (`flag.acknowledge`). Al afgehandeld: 409 en er verandert niets; een deelnemer: 403; een onbekend signaal: 404.',
  params: { ...id, flagId: p.id('Signaal-id.') }, body: AcknowledgeBody, errors: [403, 404, 409],
  responses: { 200: { description: 'Het afgehandelde signaal.', schema: FlagView } },
});

/**
 * Trajectories: start one, list and view those the caller may see, autosave a draft, send an event,
 * read the event log, acknowledge a flag. A trajectory of a school the caller may not see answers 404, as if it did not exist.
 */
export function trajectoryRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .post('/', start.check, async (c) => {
      const { view, effects } = await startTrajectory(deps, c.var.viewer, c.req.valid('json'));
      return start.json(c, 201, { ...view, effects });
    })
    .get('/', list.check, async (c) => list.json(c, 200, await listTrajectories(deps, c.var.viewer, c.req.valid('query'))))
    .get('/:id', view.check, async (c) => {
      const { t, def } = await loadVisible(deps, c.var.viewer, c.req.valid('param').id);
      return view.json(c, 200, await viewFor(deps, c.var.viewer, t, def));
    })
    .get('/:id/diagram', diagram.check, async (c) => {
      const { format, lang, download } = c.req.valid('query');
      const { t, def } = await loadVisible(deps, c.var.viewer, c.req.valid('param').id);
      const position = await positionOf(deps, t, def);
      return diagramResponse(c, def, format ?? 'svg', { lang: lang ?? 'nl', position }, download === true, '-traject');
    })
    .put('/:id/drafts/:formId', draft.check, async (c) => {
      const { id: trajectoryId, formId } = c.req.valid('param');
      const body = c.req.valid('json');
      return draft.json(c, 200, await saveDraft(deps, c.var.viewer, trajectoryId, formId, body.data, body.baseUpdatedAt));
    })
    .post('/:id/events', send.check, async (c) => {
      const key = idempotencyKeyOf(c.req.header('idempotency-key'));
      const { status, ...result } = await sendEvent(deps, c.var.viewer, c.req.valid('param').id, c.req.valid('json'), key);
      return send.json(c, status, result);
    })
    .get('/:id/events', log.check, async (c) => log.json(c, 200, await eventLog(deps, c.var.viewer, c.req.valid('param').id, c.req.valid('query'))))
    .post('/:id/flags/:flagId/acknowledge', acknowledge.check, async (c) => {
      const { id: trajectoryId, flagId } = c.req.valid('param');
      return acknowledge.json(c, 200, await acknowledgeFlag(deps, c.var.viewer, trajectoryId, flagId, c.req.valid('json').note));
    });
}
