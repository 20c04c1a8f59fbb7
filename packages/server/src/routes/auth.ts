import { Hono } from 'hono';
import { requireViewer } from '../access';
import { clearSessionCookie } from '../auth/cookies';
import { type AuthDeps, publicUser, viewerOf } from '../auth/deps';
import { failuresNotice } from '../auth/login-limits';
import { checkLogin } from '../auth/login';
import type { AuthEnv } from '../auth/options';
import { createSession, giveSession } from '../auth/session';
import { bodySchema, readJson } from '../body';
import { canOf } from '../can';
import { InvalidRequest } from '../errors';

export const LoginBody = bodySchema<{ email: string; password: string }>({
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', minLength: 1, maxLength: 254 },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
});

/** Sign in, sign out, and who am I: `/api/auth/*`. */
export function authRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .post('/login', async (c) => {
      const body = await readJson(c, LoginBody);
      const { user, failuresBefore } = await checkLogin(deps, body.email, body.password, deps.options.clientIp(c));
      const now = deps.clock.now();
      const previous = c.get('auth')?.session;
      const session = await deps.store.transaction(async (tx) => {
        const created = await createSession(deps, user.id, tx);
        await deps.store.audit.append({ at: now, actorId: user.id, action: 'auth.login', ...(failuresBefore > 0 ? { detail: { failedAttemptsBefore: failuresBefore } } : {}) }, tx);
        return created;
      });
      if (previous) await deps.store.sessions.delete(previous.idHash);
      await deps.store.sessions.deleteExpired(now);
      giveSession(c, deps, session);
      return c.json({
        user: publicUser(user), memberships: user.memberships, can: canOf(viewerOf(user, 'session')), csrfToken: session.csrfToken, expiresAt: session.expiresAt,
        notice: failuresNotice(failuresBefore),
      });
    })
    .post('/logout', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const session = c.get('auth')?.session;
      if (!session) {
        throw new InvalidRequest({
          nl: 'Uitloggen geldt voor een browsersessie; een API-token trek je in met DELETE /api/tokens/{id}.',
          en: 'Signing out applies to a browser session; revoke an API token with DELETE /api/tokens/{id}.',
        }, '/headers/authorization');
      }
      await deps.store.transaction(async (tx) => {
        await deps.store.sessions.delete(session.idHash, tx);
        await deps.store.audit.append({ at: deps.clock.now(), actorId: viewer.userId, action: 'auth.logout' }, tx);
      });
      clearSessionCookie(c, deps.options.secureCookies);
      return c.body(null, 204);
    })
    .get('/me', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const auth = c.get('auth')!;
      // Until the mail issue lands, the account holder learns of failed attempts here (and in the login answer).
      const notice = failuresNotice(await deps.store.logins.failuresBeforeSignIn(viewer.email));
      return c.json({
        user: publicUser({ id: viewer.userId, email: viewer.email, name: viewer.name, isAdmin: viewer.isAdmin }),
        memberships: auth.memberships,
        can: canOf(viewer),
        via: viewer.via,
        csrfToken: auth.session?.csrfToken ?? null,
        expiresAt: auth.session?.expiresAt ?? null,
        notice,
      });
    });
}
