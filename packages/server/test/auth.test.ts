import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { hashPassword } from '../src';
import { PASSWORD, TEST_PASSWORD, answer, errorOf, harness } from './support/harness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

await forEachDatabase('sign-in', harness, (h) => {
  describe('login', () => {
    it('signs in with e-mail (any case) and password: httpOnly SameSite=Lax cookie, user, memberships and CSRF token', async () => {
      const agent = h.agent();
      const pending = agent.api.auth.login.$post({ json: { email: 'IB@Esch.nl', password: PASSWORD } });
      const res = await pending;
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie().find((l) => l.startsWith('koers_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      const body = await answer(pending);
      expect(body.user).toEqual({ id: h.people.ib.id, email: 'ib@esch.nl', name: 'ib', isAdmin: false });
      expect(body.user).not.toHaveProperty('passwordHash');
      expect(body.memberships).toEqual([expect.objectContaining({ organisationName: 'De Esch', role: 'ib' })]);
      expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('answers who is signed in, with organisation names and the CSRF token', async () => {
      const agent = await h.as('leider@esch.nl');
      const me = await answer(agent.api.auth.me.$get());
      expect(me).toMatchObject({ user: { email: 'leider@esch.nl' }, via: 'session', csrfToken: agent.csrf });
      expect(me.memberships).toEqual([expect.objectContaining({ organisationId: h.world.schoolA.id, organisationName: 'De Esch', role: 'schoolleider' })]);
    });

    it('refuses a wrong password and an unknown e-mail with the same answer, and sets no cookie', async () => {
      const wrong = await h.agent('10.1.0.1').login('ib@esch.nl', 'fout-wachtwoord');
      const unknown = await h.agent('10.1.0.2').login('niemand@esch.nl', 'fout-wachtwoord');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.headers.getSetCookie()).toEqual([]);
      const [a, b] = [await errorOf(wrong), await errorOf(unknown)];
      expect(a).toEqual(b);
      expect(a.message.nl).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    });

    it('answers an anonymous /me with 401', async () => {
      const res = await h.agent().request('GET', '/api/auth/me');
      expect(res.status).toBe(401);
      expect((await errorOf(res)).message.nl).toBe('Log eerst in.');
    });

    it('sets the Secure flag when the app is told it runs over HTTPS', async () => {
      const { createApp } = await import('../src');
      const app = createApp({ catalogue: { definitions: [], forms: new Map() }, store: h.store, clock: h.clock, secureCookies: true, auth: { password: TEST_PASSWORD } });
      const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ib@esch.nl', password: PASSWORD }) });
      expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/);
    });

    it('raises a password hash made with weaker parameters at the next login', async () => {
      const weak = await hashPassword('zwak-maar-lang-genoeg', { ln: 2, r: 8, p: 1 });
      await h.store.users.create({ email: 'oud@esch.nl', name: 'Oud', passwordHash: weak });
      expect((await h.agent().login('oud@esch.nl', 'zwak-maar-lang-genoeg')).status).toBe(200);
      expect((await h.store.users.findByEmail('oud@esch.nl'))?.passwordHash).toMatch(/^\$scrypt\$ln=4,r=8,p=1\$/);
      expect((await h.agent().login('oud@esch.nl', 'zwak-maar-lang-genoeg')).status).toBe(200);
    });
  });

  describe('slowing down password guessing', () => {
    const SECOND = 1000;
    const waitOf = async (res: Response) => ({ status: res.status, retryAfter: res.headers.get('retry-after'), message: res.status === 429 ? (await errorOf(res)).message.nl : undefined });

    it('makes an account wait 2^(n-5) seconds after its 5th failure, for every address and even with the right password, then lets the right password in', async () => {
      const agent = h.agent('10.2.0.1');
      for (let i = 0; i < 5; i++) expect((await agent.login('leider@esch.nl', `fout-${i}`)).status).toBe(401);
      expect(await waitOf(await agent.login('leider@esch.nl'))).toEqual({
        status: 429, retryAfter: '1', message: 'Te veel mislukte pogingen om in te loggen. Probeer het over 1 seconde opnieuw.',
      });
      h.clock.advance(SECOND);
      expect((await agent.login('leider@esch.nl', 'fout-5')).status).toBe(401);
      // The wait is the account's: another address waits too.
      expect(await waitOf(await h.agent('10.2.0.2').login('leider@esch.nl'))).toMatchObject({ status: 429, retryAfter: '2' });
      h.clock.advance(2 * SECOND);
      expect((await agent.login('leider@esch.nl', 'fout-6')).status).toBe(401);
      expect((await agent.login('leider@esch.nl')).headers.get('retry-after')).toBe('4');
      h.clock.advance(4 * SECOND);
      expect((await agent.login('leider@esch.nl')).status).toBe(200);
    });

    it('never locks an account for good: the wait stops growing at 15 minutes', async () => {
      const agent = h.agent('10.2.1.1');
      for (let i = 0; i < 20; i++) {
        const res = await agent.login('ib@esch.nl', `fout-${i}`);
        if (res.status === 429) h.clock.advance(Number(res.headers.get('retry-after')) * SECOND);
        if (res.status === 429) expect((await agent.login('ib@esch.nl', `fout-${i}`)).status).toBe(401);
      }
      expect(await waitOf(await agent.login('ib@esch.nl'))).toEqual({
        status: 429, retryAfter: '900', message: 'Te veel mislukte pogingen om in te loggen. Probeer het over 15 minuten opnieuw.',
      });
      h.clock.advance(900 * SECOND);
      expect((await agent.login('ib@esch.nl')).status).toBe(200);
    });

    it('slows an address that fails against 10 accounts for the others, but lets in at once an account that signed in from there before', async () => {
      expect((await h.agent('10.3.0.1').login('coach@koers.nl')).status).toBe(200);
      const school = h.agent('10.3.0.1');
      for (let i = 0; i < 10; i++) expect((await school.login(`gok-${i}@esch.nl`, 'fout')).status).toBe(401);
      // An account that never signed in from this address waits, with or without an account behind the e-mail.
      expect(await waitOf(await school.login('directie@kompas.nl'))).toMatchObject({ status: 429, retryAfter: '1' });
      expect(await waitOf(await school.login('niemand@esch.nl', 'fout'))).toMatchObject({ status: 429, retryAfter: '1' });
      // The colleague who signed in from the school before gets in with the right password.
      expect((await school.login('coach@koers.nl')).status).toBe(200);
      // Other addresses are not slowed.
      expect((await h.agent('10.3.0.2').login('directie@kompas.nl')).status).toBe(200);
      h.clock.advance(SECOND);
      expect((await school.login('gok-10@esch.nl', 'fout')).status).toBe(401);
      expect(await waitOf(await school.login('directie@kompas.nl'))).toMatchObject({ status: 429, retryAfter: '2' });
      h.clock.advance(2 * SECOND);
      expect((await school.login('directie@kompas.nl')).status).toBe(200);
    });

    it('forgets earlier failures of an account after a successful login, and tells its holder how many there were', async () => {
      const agent = h.agent('10.4.0.1');
      for (let i = 0; i < 4; i++) await agent.login('directie@kompas.nl', 'fout');
      const login = await answer(agent.api.auth.login.$post({ json: { email: 'directie@kompas.nl', password: PASSWORD } }));
      const notice = { failedAttempts: 4, message: { nl: '4 mislukte pogingen sinds uw laatste aanmelding.', en: '4 failed attempts since your last sign-in.' } };
      expect(login.notice).toMatchObject(notice);
      expect((await answer(agent.api.auth.me.$get())).notice).toMatchObject(notice);
      for (let i = 0; i < 4; i++) await agent.login('directie@kompas.nl', 'fout');
      expect((await agent.login('directie@kompas.nl')).status).toBe(200);
      expect((await h.agent('10.4.0.2').login('directie@kompas.nl')).status).toBe(200);
      expect((await answer(agent.api.auth.me.$get())).notice).toBeNull();
    });

    it('lets only one of a burst of simultaneous guesses through once an account must wait', async () => {
      const address = h.agent('10.6.0.1');
      for (let i = 0; i < 5; i++) expect((await address.login('leider@kompas.nl', 'fout')).status).toBe(401);
      h.clock.advance(SECOND);
      const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => h.agent(`10.6.1.${i}`).login('leider@kompas.nl', `gok-${i}`)));
      expect(burst.map((r) => r.status).sort()).toEqual([401, 429, 429, 429, 429, 429]);
    });

    it('counts failures in the database, so another server process on it sees them', async () => {
      const { createApp } = await import('../src');
      const other = createApp({
        catalogue: { definitions: [], forms: new Map() }, store: h.store, clock: h.clock,
        auth: { password: TEST_PASSWORD, clientIp: (c) => c.req.header('x-test-ip') },
      });
      for (let i = 0; i < 5; i++) expect((await h.agent('10.5.0.1').login('admin@koers.nl', 'fout')).status).toBe(401);
      const res = await other.request('/api/auth/login', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-test-ip': '10.5.0.2' }, body: JSON.stringify({ email: 'admin@koers.nl', password: PASSWORD }),
      });
      expect(res.status).toBe(429);
      h.clock.advance(SECOND);
    });
  });

  describe('sessions', () => {
    it('logs out: the session no longer works and the cookie is cleared', async () => {
      const agent = await h.as('ib@esch.nl');
      const cookie = agent.cookie;
      const res = await agent.request('POST', '/api/auth/logout');
      expect(res.status).toBe(204);
      expect(res.headers.getSetCookie()[0]).toMatch(/^koers_session=;.*Max-Age=0/);
      const again = await agent.request('GET', '/api/auth/me', undefined, { cookie: `koers_session=${cookie}` });
      expect(again.status).toBe(401);
    });

    it('expires a session after 12 hours by the clock and clears the dead cookie', async () => {
      const agent = await h.as('ib@esch.nl');
      h.clock.advance(12 * 60 * MINUTE - 1);
      expect((await agent.request('GET', '/api/auth/me')).status).toBe(200);
      h.clock.advance(1);
      const res = await agent.request('GET', '/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()[0]).toMatch(/^koers_session=;/);
    });

    it('treats a malformed or unknown session cookie as anonymous', async () => {
      for (const cookie of ['koers_session=abc', `koers_session=${'x'.repeat(43)}`, 'koers_session=%00%ff']) {
        const res = await h.agent().request('GET', '/api/auth/me', undefined, { cookie });
        expect(res.status).toBe(401);
      }
    });
  });

  describe('CSRF', () => {
    it('refuses a write with a session but without or with a wrong X-CSRF-Token, and changes nothing', async () => {
      const agent = await h.as('admin@koers.nl');
      const before = await h.counts();
      const body = { kind: 'bestuur', name: 'Zonder token' };
      const missing = await agent.request('POST', '/api/organisations', body, { 'x-csrf-token': '' });
      expect(missing.status).toBe(403);
      expect(await errorOf(missing)).toMatchObject({ code: 'forbidden', path: '/headers/x-csrf-token' });
      const wrong = await agent.request('POST', '/api/organisations', body, { 'x-csrf-token': 'A'.repeat(43) });
      expect(wrong.status).toBe(403);
      expect(await h.counts()).toEqual(before);
      expect((await agent.request('POST', '/api/organisations', body)).status).toBe(201);
    });

    it('refuses a write from another origin, even with the right token', async () => {
      const agent = await h.as('admin@koers.nl');
      const res = await agent.request('POST', '/api/organisations', { kind: 'bestuur', name: 'Vreemd' }, { origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect((await errorOf(res)).path).toBe('/headers/origin');
      const cross = await agent.request('POST', '/api/organisations', { kind: 'bestuur', name: 'Vreemd' }, { 'sec-fetch-site': 'cross-site' });
      expect(cross.status).toBe(403);
      const same = await agent.request('POST', '/api/organisations', { kind: 'bestuur', name: 'Eigen' }, { origin: 'http://localhost' });
      expect(same.status).toBe(201);
    });

    it('refuses a login posted from another origin', async () => {
      const res = await h.agent().request('POST', '/api/auth/login', { email: 'ib@esch.nl', password: PASSWORD }, { origin: 'https://evil.example' });
      expect(res.status).toBe(403);
    });

    it('lets a signed-in browser sign in again without its old CSRF token', async () => {
      const agent = await h.as('ib@esch.nl');
      const old = agent.cookie;
      agent.csrf = undefined;
      expect((await agent.login('ib@esch.nl')).status).toBe(200);
      expect(agent.cookie).not.toBe(old);
      expect((await agent.request('GET', '/api/auth/me', undefined, { cookie: `koers_session=${old}` })).status).toBe(401);
    });

    it('does not need a CSRF token for reads', async () => {
      const agent = await h.as('ib@esch.nl');
      agent.csrf = undefined;
      expect((await agent.request('GET', '/api/organisations')).status).toBe(200);
    });
  });

  describe('API tokens', () => {
    it('creates a token shown once, uses it without CSRF, lists it without the secret, and revokes it', async () => {
      const agent = await h.as('coach@koers.nl');
      const { id, token } = await answer(agent.api.tokens.$post({ json: { name: 'export-script' } }), 201);
      expect(token).toMatch(/^koers_[A-Za-z0-9_-]{43}$/);

      const bearer = { authorization: `Bearer ${token}` };
      expect(await answer(h.agent().api.auth.me.$get({}, { headers: bearer }))).toMatchObject({ user: { email: 'coach@koers.nl' }, via: 'token', csrfToken: null });
      const list = await answer(agent.api.tokens.$get());
      expect(list).toEqual([expect.objectContaining({ id, name: 'export-script', lastUsedAt: h.clock.now().toISOString(), revokedAt: null })]);
      expect(JSON.stringify(list)).not.toContain(token);

      // A token request needs no CSRF token, and a token cannot make more tokens.
      const minted = await h.agent().request('POST', '/api/tokens', { name: 'meer' }, { ...bearer, origin: 'https://elders.example' });
      expect(minted.status).toBe(403);
      expect((await errorOf(minted)).path).toBe('/headers/authorization');
      const junk = await h.agent().request('POST', '/api/tokens', { name: 'meer', extra: 1 }, bearer);
      expect([junk.status, (await errorOf(junk)).path]).toEqual([403, '/headers/authorization']); // before the body is read
      const revoked = await h.agent().request('DELETE', `/api/tokens/${id}`, undefined, bearer);
      expect(revoked.status).toBe(204);
      const after = await h.agent().request('GET', '/api/auth/me', undefined, bearer);
      expect(after.status).toBe(401);
      expect((await errorOf(after)).message.nl).toBe('Dit API-token is onbekend of ingetrokken.');
    });

    it('gives a token a year by default, shown when created and listed, and refuses it with 401 once the clock passes it', async () => {
      const owner = await h.as('coach@koers.nl');
      const { id, token, expiresAt } = await answer(owner.api.tokens.$post({ json: { name: 'jaar' } }), 201);
      expect(expiresAt).toBe(new Date(h.clock.now().getTime() + 365 * DAY).toISOString());
      const list = await answer(owner.api.tokens.$get());
      expect(list.find((t) => t.id === id)?.expiresAt).toBe(expiresAt);
      const bearer = { authorization: `Bearer ${token}` };
      h.clock.advance(365 * DAY - 1);
      expect((await h.agent().request('GET', '/api/auth/me', undefined, bearer)).status).toBe(200);
      h.clock.advance(1);
      const expired = await h.agent().request('GET', '/api/auth/me', undefined, bearer);
      expect(expired.status).toBe(401);
      const error = await errorOf(expired);
      expect(error).toMatchObject({ code: 'unauthenticated', path: '/headers/authorization' });
      expect(error.message.nl).toBe(`Dit API-token is verlopen (${expiresAt}); maak een nieuw token aan.`);
    });

    it('takes a chosen lifetime in days, and refuses one out of range', async () => {
      const owner = await h.as('coach@koers.nl');
      const week = await answer(owner.api.tokens.$post({ json: { name: 'week', expiresInDays: 7 } }), 201);
      expect(week.expiresAt).toBe(new Date(h.clock.now().getTime() + 7 * DAY).toISOString());
      for (const expiresInDays of [0, 731, 1.5, 'lang']) {
        const res = await owner.request('POST', '/api/tokens', { name: 'fout', expiresInDays });
        expect(res.status).toBe(422);
        expect((await errorOf(res)).path).toBe('/expiresInDays');
      }
      h.clock.advance(7 * DAY);
      expect((await h.agent().request('GET', '/api/auth/me', undefined, { authorization: `Bearer ${week.token}` })).status).toBe(401);
    });

    it('answers a malformed Authorization header with 401, not as anonymous', async () => {
      for (const value of ['Basic abc', 'Bearer', 'Bearer koers_kort', `Bearer ${'x'.repeat(49)}`]) {
        const res = await h.agent().request('GET', '/api/organisations', undefined, { authorization: value });
        expect(res.status).toBe(401);
      }
    });

    it('does not let a user revoke another user\'s token', async () => {
      const owner = await h.as('coach@koers.nl');
      const { id, token } = await answer(owner.api.tokens.$post({ json: { name: 'eigen' } }), 201);
      const other = await h.as('ib@esch.nl');
      expect((await other.request('DELETE', `/api/tokens/${id}`)).status).toBe(404);
      expect((await other.request('DELETE', '/api/tokens/geen-uuid')).status).toBe(404);
      expect((await h.agent().request('GET', '/api/auth/me', undefined, { authorization: `Bearer ${token}` })).status).toBe(200);
    });

    it('says logout is for sessions when called with a token', async () => {
      const owner = await h.as('coach@koers.nl');
      const { token } = await answer(owner.api.tokens.$post({ json: { name: 'uitlog' } }), 201);
      const res = await h.agent().request('POST', '/api/auth/logout', undefined, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(400);
    });
  });

  describe('audit', () => {
    it('records logins, logouts and token changes', async () => {
      const page = await h.store.connection.db.execute(
        (await import('drizzle-orm')).sql`select distinct action from audit_log order by action`,
      );
      const actions = ('rows' in page ? page.rows : page).map((r) => (r as { action: string }).action);
      expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login-failed', 'auth.logout', 'token.create', 'token.revoke', 'organisation.create']));
    });
  });
});
