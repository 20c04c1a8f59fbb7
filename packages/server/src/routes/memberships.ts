import { Hono } from 'hono';
import type { Membership } from '@koers/store';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { NotFound, Unprocessable } from '../errors';
import { requireGrantableRole } from '../grantable';
import { p } from '../http/params';
import { route } from '../http/route';
import type { TypeRegistry } from '../registry';
import { GrantedMemberships, MembershipBody } from '../schemas/accounts';
import { CSRF } from './auth';

type FieldProblem = { path: string; message: { nl: string; en: string } };
const unprocessable = (problems: FieldProblem[]) =>
  new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, problems, problems[0]?.path ?? '');

const tag = 'accounts';
const grant = route({
  tag, summary: 'Rol toekennen / grant a role', access: 'admin',
  description: `Een rol voor een gebruiker (userId of email) op een of meer organisaties, bijvoorbeeld een procesbegeleider op de scholen die zij begeleidt; met trajectoryId alleen voor dat traject (op zijn school of bestuur). Een rol die de gebruiker daar al heeft, blijft staan (created: false). ${CSRF}`,
  body: MembershipBody,
  responses: { 201: { description: '{ memberships: [...] } met created per organisatie.', schema: GrantedMemberships } },
});
const revoke = route({
  tag, summary: 'Rol intrekken / revoke a role', access: 'admin', description: CSRF,
  params: { id: p.id('Lidmaatschap-id.') }, errors: [404],
  responses: { 204: { description: 'Ingetrokken.' } },
});

/**
 * Who holds which role where (admins only): give a user a role at one or more organisations (e.g. a
 * procesbegeleider at the schools they coach), or take one away.
 */
export function membershipRoutes(deps: AuthDeps & { registry: TypeRegistry }) {
  return new Hono<AuthEnv>()
    .post('/', grant.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      await requireGrantableRole(deps.registry, body.role);
      const problems: FieldProblem[] = [];
      if ((body.userId === undefined) === (body.email === undefined)) {
        problems.push({ path: '/userId', message: { nl: 'geef userId of email, niet allebei', en: 'give userId or email, not both' } });
      }
      if ((body.organisationId === undefined) === (body.organisationIds === undefined)) {
        problems.push({ path: '/organisationId', message: { nl: 'geef organisationId of organisationIds, niet allebei', en: 'give organisationId or organisationIds, not both' } });
      }
      if (problems.length > 0) throw unprocessable(problems);

      const user = body.userId !== undefined ? await deps.store.users.findById(body.userId) : await deps.store.users.findByEmail(body.email!);
      if (!user) throw unprocessable([{ path: body.userId !== undefined ? '/userId' : '/email', message: { nl: 'deze gebruiker bestaat niet', en: 'this user does not exist' } }]);
      const ids = body.organisationIds ?? [body.organisationId!];
      const organisations = await Promise.all(ids.map((id) => deps.store.organisations.get(id)));
      const missing = ids.flatMap((_, i) => (organisations[i] ? [] : [{
        path: body.organisationIds ? `/organisationIds/${i}` : '/organisationId', message: { nl: 'deze organisatie bestaat niet', en: 'this organisation does not exist' },
      }]));
      if (missing.length > 0) throw unprocessable(missing);
      // A role narrowed to one trajectory only works where that trajectory is: at its school or its bestuur.
      if (body.trajectoryId !== undefined) {
        const trajectory = await deps.store.trajectories.get(body.trajectoryId);
        if (!trajectory || !organisations.every((o) => o!.id === trajectory.school.id || o!.id === trajectory.school.parentId)) {
          throw unprocessable([{ path: '/trajectoryId', message: { nl: 'dit traject bestaat niet of hoort niet bij deze organisatie', en: 'this trajectory does not exist or does not belong to this organisation' } }]);
        }
      }

      const now = deps.clock.now();
      const added = await deps.store.transaction(async (tx) => {
        const out: Array<Membership & { created: boolean }> = [];
        for (const organisationId of ids) {
          const { membership, created } = await deps.store.memberships.add({ userId: user.id, organisationId, role: body.role, trajectoryId: body.trajectoryId ?? null, now }, tx);
          if (created) {
            await deps.store.audit.append({
              at: now, actorId: viewer.userId, organisationId, trajectoryId: membership.trajectoryId, action: 'membership.add',
              detail: { membershipId: membership.id, userId: user.id, email: user.email, role: membership.role },
            }, tx);
          }
          out.push({ ...membership, created });
        }
        return out;
      });
      return grant.json(c, 201, { memberships: added });
    })
    .delete('/:id', revoke.check, async (c) => {
      const viewer = c.var.viewer;
      const now = deps.clock.now();
      const removed = await deps.store.transaction(async (tx) => {
        const membership = await deps.store.memberships.remove(c.req.valid('param').id, tx);
        if (membership) {
          await deps.store.audit.append({
            at: now, actorId: viewer.userId, organisationId: membership.organisationId, trajectoryId: membership.trajectoryId, action: 'membership.remove',
            detail: { membershipId: membership.id, userId: membership.userId, role: membership.role },
          }, tx);
        }
        return membership;
      });
      if (!removed) throw new NotFound({ nl: 'Dit lidmaatschap bestaat niet.', en: 'This membership does not exist.' }, '/id');
      return c.body(null, 204);
    });
}
