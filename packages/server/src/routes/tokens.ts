import { Hono } from 'hono';
import { requireViewer } from '../access';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { TOKEN_PREFIX, randomSecret, sha256 } from '../auth/secrets';
import { bodySchema, readJson } from '../body';
import { Forbidden, NotFound } from '../errors';

/** How long a token lasts unless the request chooses (in whole days, at most two years). */
export const DEFAULT_TOKEN_DAYS = 365;
const MAX_TOKEN_DAYS = 730;
const DAY_MS = 24 * 3_600_000;

export const TokenBody = bodySchema<{ name: string; expiresInDays?: number }>({
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
    expiresInDays: { type: 'integer', minimum: 1, maximum: MAX_TOKEN_DAYS },
  },
});

/**
 * API tokens for scripts: `Authorization: Bearer koers_…`. The secret is shown once, at creation; every token
 * expires (`expiresInDays`, a year by default) and is refused with 401 after that.
 */
export function tokenRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .post('/', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      // A token must not mint tokens: revoking a leaked one must end the access it gave.
      if (viewer.via !== 'session') {
        throw new Forbidden({ nl: 'Maak API-tokens aan terwijl je in de browser bent ingelogd.', en: 'Create API tokens while signed in in the browser.' }, '/headers/authorization');
      }
      const body = await readJson(c, TokenBody);
      const secret = `${TOKEN_PREFIX}${randomSecret()}`;
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + (body.expiresInDays ?? DEFAULT_TOKEN_DAYS) * DAY_MS);
      const token = await deps.store.transaction(async (tx) => {
        const created = await deps.store.apiTokens.create({ userId: viewer.userId, name: body.name.trim(), tokenHash: sha256(secret), expiresAt, now }, tx);
        await deps.store.audit.append({ at: now, actorId: viewer.userId, action: 'token.create', detail: { tokenId: created.id, name: created.name } }, tx);
        return created;
      });
      return c.json({ ...token, token: secret }, 201);
    })
    .get('/', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      return c.json(await deps.store.apiTokens.listForUser(viewer.userId));
    })
    .delete('/:id', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const now = deps.clock.now();
      const revoked = await deps.store.transaction(async (tx) => {
        const token = await deps.store.apiTokens.revoke(c.req.param('id'), viewer.userId, now, tx);
        if (token) await deps.store.audit.append({ at: now, actorId: viewer.userId, action: 'token.revoke', detail: { tokenId: token.id, name: token.name } }, tx);
        return token;
      });
      if (!revoked) throw new NotFound({ nl: 'Je hebt geen actief API-token met dit id.', en: 'You have no active API token with this id.' }, '/id');
      return c.body(null, 204);
    });
}
