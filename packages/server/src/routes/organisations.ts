import { Hono } from 'hono';
import { requireAdmin, requireViewer } from '../access';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { bodySchema, readJson } from '../body';
import { Unprocessable } from '../errors';

export const OrganisationBody = bodySchema<{ kind: 'bestuur' | 'school'; name: string; parentId?: string; brin?: string }>({
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name'],
  properties: {
    kind: { enum: ['bestuur', 'school'] },
    name: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    parentId: { type: 'string', format: 'uuid' },
    brin: { type: 'string', pattern: '^[0-9]{2}[A-Z]{2}([0-9]{2})?$' },
  },
});

const invalid = (path: string, nl: string, en: string) =>
  new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, [{ path, message: { nl, en } }], path);

/** Besturen and schools: admins create them; everyone lists what they may see. */
export function organisationRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .post('/', async (c) => {
      const viewer = requireAdmin(c.get('viewer'));
      const body = await readJson(c, OrganisationBody);
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
      return c.json(organisation, 201);
    })
    .get('/', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const list = viewer.isAdmin
        ? await deps.store.organisations.list()
        : await deps.store.organisations.listVisible(viewer.memberships.map((m) => m.organisationId));
      return c.json(list);
    });
}
