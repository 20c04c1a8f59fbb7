import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import { canSeeBestuur, canSeeSchool } from '../access';
import { requireTrajectoryFor } from '../invite-trajectory';
import { type AuthDeps, publicUser, viewerOf } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { assertPasswordAllowed } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { invitationOptions, mayInvite, mayInviteSomewhere } from '../auth/roles';
import { SECRET_PATTERN, randomSecret, sha256 } from '../auth/secrets';
import { createSession, giveSession } from '../auth/session';
import { canOf } from '../can';
import { requireGrantableRole } from '../grantable';
import { Forbidden, NotFound, Unauthenticated, Unprocessable, VersionConflict } from '../errors';
import type { Param } from '../http/params';
import { route } from '../http/route';
import type { TypeRegistry } from '../registry';
import { Accepted, AcceptBody, CreatedInvitation, InvitationOption, InvitationView, InviteBody } from '../schemas/accounts';
import { CSRF } from './auth';
import { publishedTypes } from './types';
import { rolePolicy } from '../role-policy';
import { roleTitleIn } from '../trajectories/labels';

const GONE = { nl: 'Deze uitnodiging bestaat niet, is verlopen of is al gebruikt.', en: 'This invitation does not exist, has expired or has been used.' };

/**
 * The invitation token in the path is a secret: the parameter is read as its SHA-256 straight away (the handler
 * never holds the token), a malformed one is simply not found, and neither the document nor a message shows it.
 */
const tokenParam: Param<string, true> = {
  schema: Type.String({ pattern: SECRET_PATTERN.source }),
  description: 'Het geheime token uit de link /uitnodiging/{token} (43 tekens); een ongeldig, verlopen of gebruikt token: 404.',
  required: true,
  parse: (raw) => {
    if (raw === undefined || !SECRET_PATTERN.test(raw)) throw new NotFound(GONE, '/token');
    return sha256(raw);
  },
};

const tag = 'accounts';
const options = route({
  tag, summary: 'Waarvoor u mag uitnodigen / what you may invite to', access: 'signed-in',
  who: 'Beheerders en de schoolleiding (schoolleider, directie); wie nergens mag uitnodigen: 403.',
  description: 'De organisaties waar u iemand mag uitnodigen (besturen eerst, dan op naam), elk met de rollen die u daar mag toekennen.',
  errors: [403],
  responses: { 200: { description: 'Organisaties met rollen.', schema: Type.Array(InvitationOption) } },
});
const invite = route({
  tag, summary: 'Iemand uitnodigen / invite someone', access: 'signed-in',
  who: 'Beheerders overal, met elke rol; een schoolleider of directie alleen op de eigen school en alleen voor schoolrollen (anders 403). Een organisatie die u niet mag zien: 404.',
  description: `Het token staat alleen in dit antwoord (de link /uitnodiging/{token}); de server bewaart alleen de hash. ${CSRF}`,
  body: InviteBody, errors: [403, 404],
  responses: { 201: { description: 'De uitnodiging met token en link.', schema: CreatedInvitation } },
});
const look = route({
  tag, summary: 'Een uitnodiging bekijken / look at an invitation', access: 'public',
  params: { token: tokenParam }, errors: [404],
  responses: { 200: { description: 'Voor wie, welke rol waar, tot wanneer, van wie, en of er al een account is.', schema: InvitationView } },
});
const accept = route({
  tag, summary: 'Een uitnodiging accepteren / accept an invitation', access: 'public',
  who: 'Bij een bestaand account: alleen ingelogd als dat adres (anders 401 of 403).',
  description: 'Nieuw account: naam en wachtwoord (minstens 10 tekens, niet te raden), daarna ingelogd. Bestaand account: eerst inloggen als dat adres. Is er intussen al een account met dit adres: 409.',
  params: { token: tokenParam }, body: AcceptBody, errors: [401, 403, 404, 409],
  responses: { 201: { description: 'Het account met zijn rollen.', schema: Accepted } },
});

/** Invitation links for school staff: what one may offer, create (admin or the school's leadership), look at, accept. */
export function invitationRoutes(deps: AuthDeps & { registry: TypeRegistry }) {
  return new Hono<AuthEnv>()
    // Before `/:token`: the organisations this viewer may invite to, each with the roles to offer there.
    .get('/options', options.check, async (c) => {
      const viewer = c.var.viewer;
      const policy = await rolePolicy(deps.registry);
      if (!mayInviteSomewhere(viewer, policy)) {
        throw new Forbidden({
          nl: 'Alleen beheerders en de schoolleiding mogen iemand uitnodigen.', en: 'Only administrators and school leadership may invite someone.',
        });
      }
      const [organisations, types] = await Promise.all([
        viewer.isAdmin ? deps.store.organisations.list() : deps.store.organisations.listVisible(viewer.memberships.map((m) => m.organisationId)),
        publishedTypes(deps.registry),
      ]);
      return options.json(c, 200, invitationOptions(viewer, organisations, types.flatMap((t) => t.roles), policy));
    })
    .post('/', invite.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      await requireGrantableRole(deps.registry, body.role);
      const organisation = await deps.store.organisations.get(body.organisationId);
      const policy = await rolePolicy(deps.registry);
      if (!organisation || !(organisation.kind === 'school' ? canSeeSchool(viewer, organisation, policy) : canSeeBestuur(viewer, organisation.id, policy))) {
        throw new NotFound({ nl: 'Deze organisatie bestaat niet.', en: 'This organisation does not exist.' }, '/organisationId');
      }
      if (!mayInvite(viewer, organisation, body.role, policy)) {
        const title = roleTitleIn((await deps.registry.catalogue()).definitions, body.role);
        throw new Forbidden({
          nl: `U mag niemand uitnodigen als ${title.nl} bij ${organisation.name}.`, en: `You may not invite anyone as ${title.en} at ${organisation.name}.`,
        }, '/role');
      }
      if (body.trajectoryId !== undefined) await requireTrajectoryFor(deps, viewer, organisation, body.role, body.trajectoryId);
      const token = randomSecret();
      const now = deps.clock.now();
      const invitation = await deps.store.transaction(async (tx) => {
        const created = await deps.store.invitations.create({
          tokenHash: sha256(token), email: body.email, name: body.name ?? '', organisationId: organisation.id, role: body.role, trajectoryId: body.trajectoryId ?? null,
          invitedBy: viewer.userId, expiresAt: new Date(now.getTime() + deps.options.invitationTtlMs), now,
        }, tx);
        await deps.store.audit.append({
          at: now, actorId: viewer.userId, organisationId: organisation.id, action: 'invitation.create',
          detail: { invitationId: created.id, email: created.email, role: created.role, ...(created.trajectoryId ? { trajectoryId: created.trajectoryId } : {}) },
        }, tx);
        return created;
      });
      // The token is shown this once; only its hash is kept.
      return invite.json(c, 201, {
        id: invitation.id, email: invitation.email, name: invitation.name, role: invitation.role, organisationId: invitation.organisationId,
        trajectoryId: invitation.trajectoryId, expiresAt: invitation.expiresAt, token, path: `/uitnodiging/${token}`,
      });
    })
    .get('/:token', look.check, async (c) => {
      const found = await deps.store.invitations.findValid(c.req.valid('param').token, deps.clock.now());
      if (!found) throw new NotFound(GONE, '/token');
      return look.json(c, 200, {
        email: found.email, name: found.name, role: found.role, expiresAt: found.expiresAt, existingAccount: found.existingUserId !== null,
        invitedBy: found.invitedByName === null ? null : { name: found.invitedByName },
        organisation: { id: found.organisationId, name: found.organisationName, kind: found.organisationKind },
        trajectoryId: found.trajectoryId,
      });
    })
    .post('/:token/accept', accept.check, async (c) => {
      const tokenHash = c.req.valid('param').token;
      const body = c.req.valid('json');
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
          path: `/${k}`, message: k === 'name' ? { nl: 'vul uw naam in', en: 'enter your name' } : { nl: 'kies een wachtwoord van minstens 10 tekens', en: 'choose a password of at least 10 characters' },
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
      return accept.json(c, 201, {
        user: publicUser(result.user), memberships, can: canOf(viewerOf({ ...result.user, memberships }, 'session'), await rolePolicy(deps.registry)),
        csrfToken: session?.csrfToken ?? c.get('auth')?.session?.csrfToken ?? null,
      });
    });
}
