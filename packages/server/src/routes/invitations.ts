import { ROLE_ID_PATTERN } from '@koers/engine';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { canSeeSchool, requireViewer } from '../access';
import { type AuthDeps, publicUser, viewerOf } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { assertPasswordAllowed } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { invitationOptions, mayInvite, mayInviteSomewhere } from '../auth/roles';
import { SECRET_PATTERN, randomSecret, sha256 } from '../auth/secrets';
import { createSession, giveSession } from '../auth/session';
import { bodySchema, readJson } from '../body';
import { canOf } from '../can';
import { ROLE_DESCRIPTION, requireGrantableRole } from '../grantable';
import { Forbidden, NotFound, Unauthenticated, Unprocessable, VersionConflict } from '../errors';
import type { TypeRegistry } from '../registry';
import { publishedTypes } from './types';

export const InviteBody = bodySchema<{ email: string; role: string; organisationId: string; name?: string }>({
  type: 'object',
  additionalProperties: false,
  required: ['email', 'role', 'organisationId'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    role: { type: 'string', pattern: ROLE_ID_PATTERN, description: ROLE_DESCRIPTION },
    organisationId: { type: 'string', format: 'uuid' },
    name: { type: 'string', maxLength: 200 },
  },
});

export const AcceptBody = bodySchema<{ name?: string; password?: string }>({
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    password: { type: 'string', minLength: 10, maxLength: 200 },
  },
});

const GONE = { nl: 'Deze uitnodiging bestaat niet, is verlopen of is al gebruikt.', en: 'This invitation does not exist, has expired or has been used.' };

function tokenHashOf(c: Context): string {
  const token = c.req.param('token') ?? '';
  if (!SECRET_PATTERN.test(token)) throw new NotFound(GONE, '/token');
  return sha256(token);
}

/** Invitation links for school staff: what one may offer, create (admin or the school's leadership), look at, accept. */
export function invitationRoutes(deps: AuthDeps & { registry: TypeRegistry }) {
  return new Hono<AuthEnv>()
    // Before `/:token`: the organisations this viewer may invite to, each with the roles to offer there.
    .get('/options', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      if (!mayInviteSomewhere(viewer)) {
        throw new Forbidden({
          nl: 'Alleen beheerders en de schoolleiding mogen iemand uitnodigen.', en: 'Only administrators and school leadership may invite someone.',
        });
      }
      const [organisations, types] = await Promise.all([
        viewer.isAdmin ? deps.store.organisations.list() : deps.store.organisations.listVisible(viewer.memberships.map((m) => m.organisationId)),
        publishedTypes(deps.registry),
      ]);
      return c.json(invitationOptions(viewer, organisations, types.flatMap((t) => t.roles)));
    })
    .post('/', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const body = await readJson(c, InviteBody);
      await requireGrantableRole(deps.registry, body.role);
      const organisation = await deps.store.organisations.get(body.organisationId);
      if (!organisation || !canSeeSchool(viewer, organisation)) {
        throw new NotFound({ nl: 'Deze organisatie bestaat niet.', en: 'This organisation does not exist.' }, '/organisationId');
      }
      if (!mayInvite(viewer, organisation, body.role)) {
        throw new Forbidden({
          nl: `Je mag niemand uitnodigen als ${body.role} bij ${organisation.name}.`, en: `You may not invite anyone as ${body.role} at ${organisation.name}.`,
        }, '/role');
      }
      const token = randomSecret();
      const now = deps.clock.now();
      const invitation = await deps.store.transaction(async (tx) => {
        const created = await deps.store.invitations.create({
          tokenHash: sha256(token), email: body.email, name: body.name ?? '', organisationId: organisation.id, role: body.role,
          invitedBy: viewer.userId, expiresAt: new Date(now.getTime() + deps.options.invitationTtlMs), now,
        }, tx);
        await deps.store.audit.append({
          at: now, actorId: viewer.userId, organisationId: organisation.id, action: 'invitation.create',
          detail: { invitationId: created.id, email: created.email, role: created.role },
        }, tx);
        return created;
      });
      // The token is shown this once; only its hash is kept.
      return c.json({
        id: invitation.id, email: invitation.email, name: invitation.name, role: invitation.role, organisationId: invitation.organisationId,
        expiresAt: invitation.expiresAt, token, path: `/uitnodiging/${token}`,
      }, 201);
    })
    .get('/:token', async (c) => {
      const found = await deps.store.invitations.findValid(tokenHashOf(c), deps.clock.now());
      if (!found) throw new NotFound(GONE, '/token');
      return c.json({
        email: found.email, name: found.name, role: found.role, expiresAt: found.expiresAt, existingAccount: found.existingUserId !== null,
        invitedBy: found.invitedByName === null ? null : { name: found.invitedByName },
        organisation: { id: found.organisationId, name: found.organisationName, kind: found.organisationKind },
      });
    })
    .post('/:token/accept', async (c) => {
      const tokenHash = tokenHashOf(c);
      const body = await readJson(c, AcceptBody);
      const now = deps.clock.now();
      const found = await deps.store.invitations.findValid(tokenHash, now);
      if (!found) throw new NotFound(GONE, '/token');
      const viewer = c.get('viewer');
      if (found.existingUserId !== null) {
        const who = { nl: `Log eerst in als ${found.email} om deze uitnodiging te accepteren.`, en: `Sign in as ${found.email} first to accept this invitation.` };
        if (!viewer) throw new Unauthenticated(who);
        if (viewer.userId !== found.existingUserId) throw new Forbidden(who);
      } else {
        const missing = (['name', 'password'] as const).filter((k) => body[k] === undefined).map((k) => ({
          path: `/${k}`, message: k === 'name' ? { nl: 'vul je naam in', en: 'enter your name' } : { nl: 'kies een wachtwoord van minstens 10 tekens', en: 'choose a password of at least 10 characters' },
        }));
        if (missing.length > 0) throw new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, missing, missing[0]!.path);
        assertPasswordAllowed(body.password!, { email: found.email, name: body.name! });
      }
      const acceptance = found.existingUserId !== null
        ? { kind: 'existing' as const, userId: found.existingUserId }
        : { kind: 'new' as const, name: body.name!.trim(), passwordHash: await hashPassword(body.password!, deps.options.password) };
      const outcome = await deps.store.transaction(async (tx) => {
        const result = await deps.store.invitations.accept(tokenHash, now, acceptance, tx);
        if (!result.ok) return { result, session: undefined };
        const audit = { at: now, actorId: result.user.id, organisationId: result.membership.organisationId };
        if (result.createdUser) await deps.store.audit.append({ ...audit, action: 'user.create', detail: { userId: result.user.id, email: result.user.email } }, tx);
        await deps.store.audit.append({ ...audit, action: 'invitation.accept', detail: { invitationId: result.invitation.id, role: result.membership.role, membershipId: result.membership.id } }, tx);
        return { result, session: result.createdUser ? await createSession(deps, result.user.id, tx) : undefined };
      });
      const { result, session } = outcome;
      if (!result.ok) {
        if (result.reason === 'not-found') throw new NotFound(GONE, '/token');
        throw new VersionConflict({
          nl: 'Er is intussen al een account met dit e-mailadres; log in en open de link opnieuw.',
          en: 'An account with this e-mail address exists by now; sign in and open the link again.',
        }, '/token');
      }
      if (session) giveSession(c, deps, session);
      const memberships = await deps.store.memberships.listForUser(result.user.id);
      return c.json({
        user: publicUser(result.user), memberships, can: canOf(viewerOf({ ...result.user, memberships }, 'session')),
        csrfToken: session?.csrfToken ?? c.get('auth')?.session?.csrfToken ?? null,
      }, 201);
    });
}
