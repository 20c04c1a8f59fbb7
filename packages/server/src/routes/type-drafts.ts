import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { p } from '../http/params';
import { route } from '../http/route';
import { PUBLISH_LIMITS, PublishTypeBody, PublishedType } from '../schemas/types';
import { AdminType, DraftSaved, NewDraftBody, PublishDraftBody, SaveDraftBody, TypeDraftView } from '../schemas/type-drafts';
import { bundleForms } from '../registry';
import { adminTypes } from '../type-drafts/overview';
import { type DraftDeps, createDraft, draftView, importDraft, noDraft, publishDraft, staleDraft } from '../type-drafts/service';

const tag = 'type-drafts';
const typeId = { typeId: p.typeId('Trajectsoort-id van het concept.') };
const STALE = 'Een verouderde `revision` is 409; `error.details.current` is dan het concept zoals het nu is (definition, forms, revision, updatedAt, updatedBy), zodat u beide versies kunt aanbieden.';

const overview = route({
  tag, summary: 'Alle trajectsoorten in beheer / every type the admin manages', access: 'admin',
  description: 'Gepubliceerd en alleen-concept, op Nederlandse titel: per versie wanneer, door wie, met welke notitie en hoeveel trajecten erop lopen (active, done); en het concept als er een is.',
  responses: { 200: { description: 'De soorten.', schema: Type.Array(AdminType) } },
});
const show = route({
  tag, summary: 'Een concept-trajectsoort / a draft type', access: 'admin', params: typeId, errors: [404],
  responses: { 200: { description: 'Het concept met definitie, formulieren en revisie.', schema: TypeDraftView } },
});
const create = route({
  tag, summary: 'Een concept beginnen / start a draft', access: 'admin', body: NewDraftBody, errors: [404, 409],
  description: 'Zonder `from` en voor een nieuwe id: een klein kloppend skelet (titel, beschrijving, één rol, een eerste en een eindstap), zonder formulieren; `title` is dan verplicht. '
    + 'Met `from` van dezelfde soort: de volgende versie, gebaseerd op die versie. Met `from` van een andere soort: een kopie met de nieuwe id en titel, versie 1, en formulieren met nieuwe ids '
    + '(formulier-ids gelden voor alle soorten samen: het deel vóór het eerste `-` wordt de nieuwe soort-id, `pd-intake` → `<id>-intake`; verwijzingen in de definitie gaan mee). '
    + '409 als de soort al een concept heeft (`details.current`); 422 voor een ongeldige of al gebruikte id; 404 voor een onbekende `from`.',
  responses: { 201: { description: 'Het nieuwe concept.', schema: TypeDraftView } },
});
const save = route({
  tag, summary: 'Een concept opslaan / save a draft', access: 'admin', params: typeId, body: SaveDraftBody, limits: PUBLISH_LIMITS, errors: [404, 409],
  description: `Slaat definitie en formulieren op zoals ze zijn (werk in uitvoering: ze hoeven nog niet te kloppen, wel JSON-objecten binnen de grenzen van POST /api/types). Een concept raakt lopende trajecten nooit. ${STALE}`,
  responses: { 200: { description: 'Opgeslagen.', schema: DraftSaved } },
});
const discard = route({
  tag, summary: 'Een concept weggooien / discard a draft', access: 'admin', params: typeId, errors: [404],
  responses: { 204: { description: 'Weggegooid (in het auditlog).' } },
});
const publish = route({
  tag, summary: 'Een concept publiceren / publish a draft', access: 'admin', params: typeId, body: PublishDraftBody, errors: [404, 409],
  description: 'Alleen een concept zonder lintproblemen (ook de voorbeelden van de formulieren moeten kloppen): anders 422 met elk probleem (`path` als `/definition/...` of `/forms/2/...`, `file`, `pointer`, `code`). '
    + `Wordt de volgende versie (hoogste + 1; \`version\` in de definitie wordt dat nummer), met de notitie; het concept verdwijnt. Lopende trajecten houden hun versie, nieuwe beginnen op de nieuwste. ${STALE}`,
  responses: { 201: { description: 'Gepubliceerd.', schema: PublishedType } },
});
const importRoute = route({
  tag, summary: 'Een bundel importeren als concept / import a bundle as a draft', access: 'admin',
  body: PublishTypeBody, limits: PUBLISH_LIMITS, query: { replace: p.flag('Een bestaand concept van de soort overschrijven (`?replace=true`).') }, errors: [409],
  description: 'Dezelfde bundel als POST /api/types neemt en GET /api/types/:id geeft (`{ definition, forms }`). De bundel moet kloppen: een kapotte of vijandige bundel '
    + '(geen JSON, te groot, `__proto__`-sleutels, onbekende guard, te diep) wordt geweigerd met elk probleem op zijn plek en verandert niets. Labels met opmaak blijven tekst. '
    + '409 als de soort al een concept heeft, tenzij `?replace=true`.',
  responses: { 201: { description: 'Het concept.', schema: TypeDraftView } },
});

/** The admin overview of types (`/api/admin/types`). */
export function adminTypeRoutes(deps: DraftDeps) {
  return new Hono<AuthEnv>().get('/', overview.check, async (c) => overview.json(c, 200, await adminTypes(deps.store)));
}

/**
 * Trajectory types being built (`/api/type-drafts`), admins only: start, read, save (optimistic revision), discard,
 * import and publish a draft. A draft never touches running trajectories.
 */
export function typeDraftRoutes(deps: DraftDeps) {
  return new Hono<AuthEnv>()
    .post('/import', importRoute.check, async (c) => {
      const body = c.req.valid('json');
      const draft = await importDraft(deps, c.var.viewer, { definition: body.definition, forms: body.forms ?? [] }, c.req.valid('query').replace === true);
      return importRoute.json(c, 201, draftView(draft));
    })
    .post('/', create.check, async (c) => create.json(c, 201, draftView(await createDraft(deps, c.var.viewer, c.req.valid('json')))))
    .get('/:typeId', show.check, async (c) => {
      const { typeId: id } = c.req.valid('param');
      const draft = await deps.store.typeDrafts.get(id);
      if (!draft) throw noDraft(id);
      return show.json(c, 200, draftView(draft));
    })
    .put('/:typeId', save.check, async (c) => {
      const { typeId: id } = c.req.valid('param');
      const { revision, definition, forms } = c.req.valid('json');
      const written = await deps.store.typeDrafts.save(id, revision, { definition, forms, at: deps.clock.now(), by: c.var.viewer.userId });
      if (written.kind === 'conflict') {
        if (!written.current) throw noDraft(id);
        throw staleDraft(id, written.current);
      }
      const { draft } = written;
      return save.json(c, 200, { revision: draft.revision, updatedAt: draft.updatedAt, updatedBy: { id: c.var.viewer.userId, name: c.var.viewer.name } });
    })
    .delete('/:typeId', discard.check, async (c) => {
      const { typeId: id } = c.req.valid('param');
      const now = deps.clock.now();
      const gone = await deps.store.transaction(async (tx) => {
        const deleted = await deps.store.typeDrafts.delete(id, tx);
        if (deleted) await deps.store.audit.append({ at: now, actorId: c.var.viewer.userId, action: 'type-draft.discard', detail: { typeId: id } }, tx);
        return deleted;
      });
      if (!gone) throw noDraft(id);
      return c.body(null, 204);
    })
    .post('/:typeId/publish', publish.check, async (c) => {
      const { typeId: id } = c.req.valid('param');
      const def = await publishDraft(deps, c.var.viewer, id, c.req.valid('json'));
      const d = def.definition;
      return publish.json(c, 201, { id: d.id, version: d.version, title: d.title, forms: bundleForms(def).map((f) => f.definition.id) });
    });
}
