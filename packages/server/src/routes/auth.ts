import { Hono } from 'hono';
import { clearSessionCookie } from '../auth/cookies';
import { type AuthDeps, publicUser, viewerOf } from '../auth/deps';
import { failuresNotice } from '../auth/login-limits';
import { checkLogin } from '../auth/login';
import type { AuthEnv } from '../auth/options';
import { createSession, giveSession } from '../auth/session';
import { canOf } from '../can';
import type { TypeRegistry } from '../registry';
import { rolePolicy } from '../role-policy';
import { InvalidRequest } from '../errors';
import { route } from '../http/route';
import { LoginBody, Me, Session } from '../schemas/accounts';

const tag = 'accounts';
/** Said of every write an account route takes. */
export const CSRF = 'Met een sessiecookie vraagt elk schrijfverzoek de kop X-CSRF-Token (uit login of /api/auth/me); zonder: 403.';

const login = route({
  tag, summary: 'Inloggen / sign in', access: 'public',
  description: 'E-mail en wachtwoord. Zet de httpOnly-cookie koers_session (SameSite=Lax) en geeft het CSRF-token voor schrijfverzoeken. Na 5 mislukte pogingen wacht een account 2^(n-5) seconden (hoogstens 15 minuten), en een adres dat op 10 verschillende accounts faalde wacht voor accounts die er niet eerder inlogden: 429 met Retry-After. notice meldt mislukte pogingen sinds de vorige aanmelding. Een eerdere sessie in deze browser wordt beëindigd.',
  body: LoginBody, errors: [401, 429],
  responses: { 200: { description: 'Ingelogd.', schema: Session } },
});
const logout = route({
  tag, summary: 'Uitloggen / sign out', access: 'signed-in',
  description: `Beëindigt de browsersessie (een API-token trekt u in met DELETE /api/tokens/{id}; met een token: 400). ${CSRF}`,
  errors: [400, 403],
  responses: { 204: { description: 'Uitgelogd; de cookie is gewist.' } },
});
const me = route({
  tag, summary: 'Wie ben ik / who am I', access: 'signed-in',
  responses: { 200: { description: 'De ingelogde gebruiker, rollen, wat hij mag (can), hoe ingelogd (session of token) en het CSRF-token.', schema: Me } },
});

/** Sign in, sign out, and who am I: `/api/auth/*`. */
export function authRoutes(deps: AuthDeps & { registry: TypeRegistry }) {
  return new Hono<AuthEnv>()
    .post('/login', login.check, async (c) => {
      const body = c.req.valid('json');
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
      return login.json(c, 200, {
        user: publicUser(user), memberships: user.memberships, can: canOf(viewerOf(user, 'session'), await rolePolicy(deps.registry)), csrfToken: session.csrfToken, expiresAt: session.expiresAt,
        notice: failuresNotice(failuresBefore),
      });
    })
    .post('/logout', logout.check, async (c) => {
      const viewer = c.var.viewer;
      const session = c.get('auth')?.session;
      if (!session) {
        throw new InvalidRequest({
          nl: 'Uitloggen geldt voor een browsersessie; een API-token trekt u in met DELETE /api/tokens/{id}.',
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
    .get('/me', me.check, async (c) => {
      const viewer = c.var.viewer;
      const auth = c.get('auth')!;
      // Until the mail issue lands, the account holder learns of failed attempts here (and in the login answer).
      const notice = failuresNotice(await deps.store.logins.failuresBeforeSignIn(viewer.email));
      return me.json(c, 200, {
        user: publicUser({ id: viewer.userId, email: viewer.email, name: viewer.name, isAdmin: viewer.isAdmin }),
        memberships: auth.memberships,
        can: canOf(viewer, await rolePolicy(deps.registry)),
        via: viewer.via,
        csrfToken: auth.session?.csrfToken ?? null,
        expiresAt: auth.session?.expiresAt ?? null,
        notice,
      });
    });
}
