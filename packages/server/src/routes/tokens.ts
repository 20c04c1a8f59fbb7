import { Hono, type MiddlewareHandler } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { TOKEN_PREFIX, randomSecret, sha256 } from '../auth/secrets';
import { Forbidden, NotFound } from '../errors';
import { p } from '../http/params';
import { route } from '../http/route';
import { ApiToken, CreatedToken, MAX_TOKEN_DAYS, TokenBody } from '../schemas/accounts';
import { CSRF } from './auth';

/** How long a token lasts unless the request chooses (in whole days, at most two years). */
export const DEFAULT_TOKEN_DAYS = 365;
const DAY_MS = 24 * 3_600_000;
const tag = 'accounts';

const create = route({
  tag, summary: 'API-token maken / create an API token', access: 'signed-in',
  who: 'Alleen vanuit een browsersessie (een token maakt geen tokens): met een API-token 403.',
  description: `Het geheim staat alleen in dit antwoord; gebruik het als Authorization: Bearer koers_…. Elk token verloopt: expiresInDays (1-${MAX_TOKEN_DAYS}, standaard ${DEFAULT_TOKEN_DAYS}); daarna 401. ${CSRF}`,
  body: TokenBody, errors: [403],
  responses: { 201: { description: 'Het token met zijn geheim (token).', schema: CreatedToken } },
});
const list = route({
  tag, summary: 'Mijn API-tokens / my API tokens', access: 'signed-in', who: 'Alleen uw eigen tokens.',
  responses: { 200: { description: 'Zonder geheimen; elk met expiresAt, lastUsedAt en revokedAt.', schema: Type.Array(ApiToken) } },
});
const revoke = route({
  tag, summary: 'API-token intrekken / revoke an API token', access: 'signed-in',
  who: 'Alleen een eigen, actief token; een ander id: 404.', description: CSRF,
  params: { id: p.id('Token-id.') }, errors: [403, 404],
  responses: { 204: { description: 'Ingetrokken.' } },
});

/** A token must not mint tokens (revoking a leaked one must end the access it gave): refused before the body is read. */
const sessionOnly: MiddlewareHandler<AuthEnv> = async (c, next) => {
  if (c.get('viewer')?.via === 'token') {
    throw new Forbidden({ nl: 'Maak API-tokens aan terwijl u in de browser bent ingelogd.', en: 'Create API tokens while signed in in the browser.' }, '/headers/authorization');
  }
  await next();
};

/**
 * API tokens for scripts: `Authorization: Bearer koers_…`. The secret is shown once, at creation; every token
 * expires (`expiresInDays`, a year by default) and is refused with 401 after that.
 */
export function tokenRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .post('/', sessionOnly, create.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      const secret = `${TOKEN_PREFIX}${randomSecret()}`;
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + (body.expiresInDays ?? DEFAULT_TOKEN_DAYS) * DAY_MS);
      const token = await deps.store.transaction(async (tx) => {
        const created = await deps.store.apiTokens.create({ userId: viewer.userId, name: body.name.trim(), tokenHash: sha256(secret), expiresAt, now }, tx);
        await deps.store.audit.append({ at: now, actorId: viewer.userId, action: 'token.create', detail: { tokenId: created.id, name: created.name } }, tx);
        return created;
      });
      return create.json(c, 201, { ...token, token: secret });
    })
    .get('/', list.check, async (c) => list.json(c, 200, await deps.store.apiTokens.listForUser(c.var.viewer.userId)))
    .delete('/:id', revoke.check, async (c) => {
      const viewer = c.var.viewer;
      const now = deps.clock.now();
      const revoked = await deps.store.transaction(async (tx) => {
        const token = await deps.store.apiTokens.revoke(c.req.valid('param').id, viewer.userId, now, tx);
        if (token) await deps.store.audit.append({ at: now, actorId: viewer.userId, action: 'token.revoke', detail: { tokenId: token.id, name: token.name } }, tx);
        return token;
      });
      if (!revoked) throw new NotFound({ nl: 'U hebt geen actief API-token met dit id.', en: 'You have no active API token with this id.' }, '/id');
      return c.body(null, 204);
    });
}
