import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { Unprocessable } from '../errors';
import { route } from '../http/route';
import { Organisation, OrganisationBody } from '../schemas/accounts';
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

/** Besturen and schools: admins create them; everyone lists what they may see. */
export function organisationRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .post('/', create.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      if (body.kind === 'bestuur' && body.parentId !== undefined) throw invalid('/parentId', 'een bestuur valt niet onder een ander bestuur', 'a bestuur has no parent');
      if (body.parentId !== undefined) {
        const parent = await deps.store.organisations.get(body.parentId);
        if (parent?.kind !== 'bestuur') throw invalid('/parentId', 'dit bestuur bestaat niet', 'this bestuur does not exist');
      }
      const now = deps.clock.now();
      const organisation = await deps.store.transaction(async (tx) => {
        const created = await deps.store.organisations.create({ kind: body.kind, name: body.name.trim(), parentId: body.parentId ?? null, brin: body.brin ?? null, now }, tx);
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
    });
}
