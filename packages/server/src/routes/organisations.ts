import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { NotFound, Unprocessable } from '../errors';
import { p } from '../http/params';
import { route } from '../http/route';
import { Member, Organisation, OrganisationBody, OrganisationPatch } from '../schemas/accounts';
import { CSRF } from './auth';

const invalid = (path: string, nl: string, en: string) =>
  new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, [{ path, message: { nl, en } }], path);

const tag = 'accounts';
const create = route({
  tag, summary: 'Bestuur of school aanmaken / create a bestuur or school', access: 'admin',
  description: `Een school kan onder een bestaand bestuur vallen (parentId); een bestuur valt nergens onder (anders 422 bij /parentId). ${CSRF}`,
  body: OrganisationBody,
  responses: { 201: { description: 'De organisatie.', schema: Organisation } },
});
const list = route({
  tag, summary: 'Organisaties die u mag zien / organisations you may see', access: 'signed-in',
  responses: { 200: { description: 'Beheerders: alle; anderen: hun scholen en besturen (met de scholen eronder).', schema: Type.Array(Organisation) } },
});

const id = { id: p.id('Organisatie-id.') };
const update = route({
  tag, summary: 'Bestuur of school wijzigen / change a bestuur or school', access: 'admin',
  description: `Naam, BRIN-code en (voor een school) de vakantieregio; wat ontbreekt blijft staan, null wist. Een regio voor een bestuur: 422 bij /region. ${CSRF}`,
  params: id, body: OrganisationPatch, errors: [404],
  responses: { 200: { description: 'De organisatie zoals ze nu is.', schema: Organisation } },
});
const members = route({
  tag, summary: 'Wie welke rol heeft bij een organisatie / who holds which role at an organisation', access: 'admin',
  params: id, errors: [404],
  responses: { 200: { description: 'Elk lidmaatschap op deze school of dit bestuur (ook die voor één traject), op naam.', schema: Type.Array(Member) } },
});
const gone = () => new NotFound({ nl: 'Deze organisatie bestaat niet.', en: 'This organisation does not exist.' }, '/id');
const noRegion = () => invalid('/region', 'alleen een school heeft een vakantieregio', 'only a school has a holiday region');

/** Besturen and schools: admins create them; everyone lists what they may see. */
export function organisationRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .post('/', create.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      if (body.kind === 'bestuur' && body.region !== undefined) throw noRegion();
      if (body.kind === 'bestuur' && body.parentId !== undefined) throw invalid('/parentId', 'een bestuur valt niet onder een ander bestuur', 'a bestuur has no parent');
      if (body.parentId !== undefined) {
        const parent = await deps.store.organisations.get(body.parentId);
        if (parent?.kind !== 'bestuur') throw invalid('/parentId', 'dit bestuur bestaat niet', 'this bestuur does not exist');
      }
      const now = deps.clock.now();
      const organisation = await deps.store.transaction(async (tx) => {
        const created = await deps.store.organisations.create({ kind: body.kind, name: body.name.trim(), parentId: body.parentId ?? null, brin: body.brin ?? null, region: body.region ?? null, now }, tx);
        await deps.store.audit.append({ at: now, actorId: viewer.userId, organisationId: created.id, action: 'organisation.create', detail: { kind: created.kind, name: created.name, parentId: created.parentId } }, tx);
        return created;
      });
      return create.json(c, 201, organisation);
    })
    .get('/', list.check, async (c) => {
      const viewer = c.var.viewer;
      const all = viewer.isAdmin
        ? await deps.store.organisations.list()
        : await deps.store.organisations.listVisible(viewer.memberships.map((m) => m.organisationId));
      return list.json(c, 200, all);
    })
    .patch('/:id', update.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      const changes = { ...body, ...(body.name === undefined ? {} : { name: body.name.trim() }) };
      const now = deps.clock.now();
      const updated = await deps.store.transaction(async (tx) => {
        const before = await deps.store.organisations.get(c.req.valid('param').id, tx);
        if (!before) throw gone();
        if (before.kind === 'bestuur' && typeof changes.region === 'string') throw noRegion();
        const after = (await deps.store.organisations.update(before.id, changes, tx))!;
        const changed = (['name', 'brin', 'region'] as const).filter((k) => before[k] !== after[k]);
        if (changed.length > 0) {
          await deps.store.audit.append({
            at: now, actorId: viewer.userId, organisationId: after.id, action: 'organisation.update',
            detail: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
          }, tx);
        }
        return after;
      });
      // A school's holiday region is part of its calendar.
      deps.calendars?.forget(updated.id);
      return update.json(c, 200, updated);
    })
    .get('/:id/members', members.check, async (c) => {
      const organisation = await deps.store.organisations.get(c.req.valid('param').id);
      if (!organisation) throw gone();
      const rows = await deps.store.memberships.listForOrganisation(organisation.id);
      return members.json(c, 200, rows.map(({ organisationId: _, ...m }) => m));
    });
}
