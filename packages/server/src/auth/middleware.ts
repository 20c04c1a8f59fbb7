import type { MiddlewareHandler } from 'hono';
import { Unauthenticated } from '../errors';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { type AuthDeps, viewerOf } from './deps';
import type { AuthEnv } from './options';
import { SECRET_PATTERN, TOKEN_PREFIX, sha256 } from './secrets';

const BEARER = /^Bearer[ ]+(\S+)$/i;

/**
 * Resolves who is asking: an `Authorization: Bearer koers_…` API token (a wrong or expired one is a 401, so a
 * script learns at once), else the `koers_session` cookie (an unknown or expired one makes the request
 * anonymous and clears the cookie). Sets `viewer` (null when anonymous) and `auth`.
 */
export function authenticate(deps: AuthDeps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set('viewer', null);
    c.set('auth', null);
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const secret = BEARER.exec(header)?.[1];
      if (secret === undefined || !secret.startsWith(TOKEN_PREFIX) || !SECRET_PATTERN.test(secret.slice(TOKEN_PREFIX.length))) {
        throw new Unauthenticated({ nl: 'Ongeldige Authorization-header: gebruik "Bearer koers_…".', en: 'Invalid Authorization header: use "Bearer koers_…".' }, '/headers/authorization');
      }
      const found = await deps.store.apiTokens.findByHash(sha256(secret));
      if (!found) {
        throw new Unauthenticated({ nl: 'Dit API-token is onbekend of ingetrokken.', en: 'This API token is unknown or revoked.' }, '/headers/authorization');
      }
      const expiresAt = found.token.expiresAt;
      if (expiresAt !== null && Date.parse(expiresAt) <= deps.clock.now().getTime()) {
        throw new Unauthenticated({
          nl: `Dit API-token is verlopen (${expiresAt}); maak een nieuw token aan.`, en: `This API token has expired (${expiresAt}); create a new one.`,
        }, '/headers/authorization');
      }
      await deps.store.apiTokens.touch(found.token.id, deps.clock.now());
      c.set('viewer', viewerOf(found.user, 'token'));
      c.set('auth', { session: null, tokenId: found.token.id, memberships: found.user.memberships });
      return next();
    }

    const cookie = readSessionCookie(c);
    if (cookie === undefined) return next();
    const found = SECRET_PATTERN.test(cookie) ? await deps.store.sessions.findValid(sha256(cookie), deps.clock.now()) : undefined;
    if (!found) {
      await next();
      // Tell the browser to forget a dead cookie, unless the route just set a new one (a login).
      const replaced = c.res.headers.getSetCookie().some((line) => line.startsWith('koers_session='));
      if (!replaced) clearSessionCookie(c, deps.options.secureCookies);
      return;
    }
    const { session, user } = found;
    c.set('viewer', viewerOf(user, 'session'));
    c.set('auth', { session: { idHash: session.idHash, csrfToken: session.csrfToken, expiresAt: session.expiresAt }, tokenId: null, memberships: user.memberships });
    return next();
  };
}
