import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { Agent, answer, errorOf, harness } from './support/harness';

const DAY = 24 * 3_600_000;

await forEachDatabase('accounts and organisations', harness, (h) => {
  describe('invitations', () => {
    it('lets a schoolleider invite a colleague, who accepts with name and password and is signed in', async () => {
      const leider = await h.as('leider@esch.nl');
      const invite = await answer(leider.api.invitations.$post({ json: { email: 'Nieuwe.Collega@Esch.nl', role: 'werkgroep', organisationId: h.world.schoolA.id } }), 201);
      expect(invite).toMatchObject({ email: 'nieuwe.collega@esch.nl', path: `/uitnodiging/${invite.token}` });
      expect(invite.expiresAt).toBe(new Date(h.clock.now().getTime() + 14 * DAY).toISOString());

      const guest = h.agent();
      expect(await answer(guest.api.invitations[':token'].$get({ param: { token: invite.token } }))).toMatchObject({
        email: 'nieuwe.collega@esch.nl', role: 'werkgroep', existingAccount: false, organisation: { id: h.world.schoolA.id, name: 'De Esch', kind: 'school' },
      });
      const accepted = await answer(guest.api.invitations[':token'].accept.$post({ param: { token: invite.token }, json: { name: 'Nieuwe Collega', password: 'een-lang-wachtwoord' } }), 201);
      expect(accepted).toMatchObject({ user: { email: 'nieuwe.collega@esch.nl', name: 'Nieuwe Collega' }, memberships: [{ role: 'werkgroep', organisationName: 'De Esch' }] });
      expect(guest.cookie).toBeDefined();
      expect((await guest.request('GET', '/api/auth/me')).status).toBe(200);
      expect((await h.agent().login('nieuwe.collega@esch.nl', 'een-lang-wachtwoord')).status).toBe(200);

      // Used once: the link is gone now.
      expect((await h.agent().request('GET', `/api/invitations/${invite.token}`)).status).toBe(404);
      expect((await h.agent().request('POST', `/api/invitations/${invite.token}/accept`, { name: 'X', password: 'een-lang-wachtwoord' })).status).toBe(404);
      const log = await h.store.audit.listForOrganisation(h.world.schoolA.id);
      expect(log.entries.map((e) => e.action).slice(0, 3)).toEqual(['invitation.accept', 'user.create', 'invitation.create']);
    });

    it('adds the role to an existing account when its owner, signed in, accepts', async () => {
      const admin = await h.as('admin@koers.nl');
      const { token } = await answer(admin.api.invitations.$post({ json: { email: 'ib@esch.nl', role: 'ib', organisationId: h.world.schoolB.id } }), 201);
      expect(await answer(h.agent().api.invitations[':token'].$get({ param: { token } }))).toMatchObject({ existingAccount: true });
      expect((await h.agent().request('POST', `/api/invitations/${token}/accept`, {})).status).toBe(401);
      const stranger = await h.as('coach@koers.nl');
      expect((await stranger.request('POST', `/api/invitations/${token}/accept`, {})).status).toBe(403);
      const owner = await h.as('ib@esch.nl');
      const accepted = await answer(owner.api.invitations[':token'].accept.$post({ param: { token }, json: {} }), 201);
      expect(accepted.memberships.map((m) => m.organisationName)).toEqual(['De Esch', 'Het Kompas']);
      await h.store.memberships.remove((await h.store.memberships.listForUser(h.people.ib.id)).find((m) => m.organisationId === h.world.schoolB.id)!.id);
    });

    it('asks for a name and a password of at least 10 characters', async () => {
      const admin = await h.as('admin@koers.nl');
      const { token } = await answer(admin.api.invitations.$post({ json: { email: 'kort@esch.nl', role: 'ib', organisationId: h.world.schoolA.id } }), 201);
      const before = await h.counts();
      const empty = await h.agent().request('POST', `/api/invitations/${token}/accept`, {});
      expect(empty.status).toBe(422);
      expect((await errorOf(empty)).fieldErrors?.map((f) => f.path)).toEqual(['/name', '/password']);
      const short = await h.agent().request('POST', `/api/invitations/${token}/accept`, { name: 'Kort', password: 'kort' });
      expect(short.status).toBe(422);
      expect((await errorOf(short)).fieldErrors?.map((f) => f.path)).toEqual(['/password']);
      expect(await h.counts()).toEqual(before);
    });

    it('refuses an expired invitation', async () => {
      const admin = await h.as('admin@koers.nl');
      const { token } = await answer(admin.api.invitations.$post({ json: { email: 'laat@esch.nl', role: 'ib', organisationId: h.world.schoolA.id } }), 201);
      h.clock.advance(14 * DAY);
      const res = await h.agent().request('POST', `/api/invitations/${token}/accept`, { name: 'Laat', password: 'een-lang-wachtwoord' });
      expect(res.status).toBe(404);
      expect((await errorOf(res)).message.nl).toBe('Deze uitnodiging bestaat niet, is verlopen of is al gebruikt.');
    });

    it('does not let staff invite to another school, grant a coach role, or invite at all without a leading role', async () => {
      const leider = await h.as('leider@esch.nl');
      const before = await h.counts();
      expect((await leider.request('POST', '/api/invitations', { email: 'x@kompas.nl', role: 'ib', organisationId: h.world.schoolB.id })).status).toBe(404);
      expect((await leider.request('POST', '/api/invitations', { email: 'x@esch.nl', role: 'procesbegeleider', organisationId: h.world.schoolA.id })).status).toBe(403);
      const ib = await h.as('ib@esch.nl');
      expect((await ib.request('POST', '/api/invitations', { email: 'x@esch.nl', role: 'werkgroep', organisationId: h.world.schoolA.id })).status).toBe(403);
      expect((await h.agent().request('POST', '/api/invitations', { email: 'x@esch.nl', role: 'werkgroep', organisationId: h.world.schoolA.id })).status).toBe(401);
      expect(await h.counts()).toEqual(before);
    });

    it('answers a malformed or unknown token with 404', async () => {
      for (const token of ['kort', 'A'.repeat(43), '..%2F..%2Fetc']) {
        expect((await h.agent().request('GET', `/api/invitations/${token}`)).status).toBe(404);
      }
    });
  });

  describe('organisations', () => {
    it('lets an admin create a bestuur and a school under it', async () => {
      const admin = await h.as('admin@koers.nl');
      const { id } = await answer(admin.api.organisations.$post({ json: { kind: 'bestuur', name: 'Stichting Nieuw' } }), 201);
      const school = await answer(admin.api.organisations.$post({ json: { kind: 'school', name: 'De Nieuwe School', parentId: id, brin: '12AB' } }), 201);
      expect(school).toMatchObject({ kind: 'school', parentId: id, brin: '12AB' });
    });

    it('refuses a school under a school or under nothing known, and a bestuur under a bestuur', async () => {
      const admin = await h.as('admin@koers.nl');
      const cases = [
        { kind: 'school', name: 'X', parentId: h.world.schoolA.id },
        { kind: 'school', name: 'X', parentId: '00000000-0000-4000-8000-000000000000' },
        { kind: 'bestuur', name: 'X', parentId: h.world.bestuur.id },
      ];
      for (const body of cases) {
        const res = await admin.request('POST', '/api/organisations', body);
        expect(res.status).toBe(422);
        expect((await errorOf(res)).path).toBe('/parentId');
      }
    });

    it('shows an admin every organisation, and a school participant only their school and its bestuur', async () => {
      const admin = await h.as('admin@koers.nl');
      const all = await answer(admin.api.organisations.$get());
      expect(all.map((o) => o.name)).toEqual(expect.arrayContaining(['De Esch', 'Het Kompas', 'Stichting Rivierland']));
      const ib = await h.as('ib@esch.nl');
      const mine = await answer(ib.api.organisations.$get());
      expect(mine.map((o) => o.name)).toEqual(['Stichting Rivierland', 'De Esch']);
    });

    it('refuses non-admins (403) and anonymous callers (401)', async () => {
      const before = await h.counts();
      const leider = await h.as('leider@esch.nl');
      const denied = await leider.request('POST', '/api/organisations', { kind: 'school', name: 'Eigen school', parentId: h.world.bestuur.id });
      expect(denied.status).toBe(403);
      expect((await errorOf(denied)).message.nl).toBe('Alleen beheerders mogen dit.');
      expect((await h.agent().request('POST', '/api/organisations', { kind: 'bestuur', name: 'X' })).status).toBe(401);
      expect((await h.agent().request('GET', '/api/organisations')).status).toBe(401);
      expect(await h.counts()).toEqual(before);
    });
  });

  describe('memberships', () => {
    it('lets an admin assign a procesbegeleider to several schools, by e-mail, and remove one assignment', async () => {
      const admin = await h.as('admin@koers.nl');
      const nieuw = await h.store.users.create({ email: 'pb2@koers.nl', name: 'PB 2' });
      const { memberships } = await answer(admin.api.memberships.$post({ json: { email: 'PB2@koers.nl', role: 'procesbegeleider', organisationIds: [h.world.schoolA.id, h.world.schoolB.id] } }), 201);
      expect(memberships.map((m) => [m.organisationId, m.created])).toEqual([[h.world.schoolA.id, true], [h.world.schoolB.id, true]]);
      const again = await answer(admin.api.memberships.$post({ json: { userId: nieuw.id, role: 'procesbegeleider', organisationId: h.world.schoolA.id } }), 201);
      expect(again.memberships[0]!.created).toBe(false);

      expect((await admin.request('DELETE', `/api/memberships/${memberships[1]!.id}`)).status).toBe(204);
      expect((await admin.request('DELETE', `/api/memberships/${memberships[1]!.id}`)).status).toBe(404);
      expect((await h.store.memberships.listForUser(nieuw.id)).map((m) => m.organisationName)).toEqual(['De Esch']);
      const log = await h.store.audit.listForOrganisation(h.world.schoolB.id);
      expect(log.entries.slice(0, 2).map((e) => e.action)).toEqual(['membership.remove', 'membership.add']);
    });

    it('reports an unknown user or organisation at its field', async () => {
      const admin = await h.as('admin@koers.nl');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ email: 'niemand@koers.nl', role: 'ib', organisationId: h.world.schoolA.id }, '/email'],
        [{ userId: h.people.ib.id, role: 'ib', organisationIds: [h.world.schoolA.id, '00000000-0000-4000-8000-000000000000'] }, '/organisationIds/1'],
        [{ userId: h.people.ib.id, email: 'ib@esch.nl', role: 'ib', organisationId: h.world.schoolA.id }, '/userId'],
        [{ userId: h.people.ib.id, role: 'ib' }, '/organisationId'],
        [{ userId: h.people.ib.id, role: 'Rector Magnificus', organisationId: h.world.schoolA.id }, '/role'],
      ];
      const before = await h.counts();
      for (const [body, path] of cases) {
        const res = await admin.request('POST', '/api/memberships', body);
        expect(res.status).toBe(422);
        expect((await errorOf(res)).path).toBe(path);
      }
      expect(await h.counts()).toEqual(before);
    });

    it('refuses non-admins (403) and anonymous callers (401)', async () => {
      const before = await h.counts();
      const body = { userId: h.people.ib.id, role: 'schoolleider', organisationId: h.world.schoolA.id };
      const leider = await h.as('leider@esch.nl');
      expect((await leider.request('POST', '/api/memberships', body)).status).toBe(403);
      const membership = (await h.store.memberships.listForUser(h.people.ib.id))[0]!;
      expect((await leider.request('DELETE', `/api/memberships/${membership.id}`)).status).toBe(403);
      expect((await h.agent().request('POST', '/api/memberships', body)).status).toBe(401);
      expect((await h.agent().request('DELETE', `/api/memberships/${membership.id}`)).status).toBe(401);
      expect(await h.counts()).toEqual(before);
    });
  });

  describe('bad requests', () => {
    const routes = ['/api/auth/login', '/api/invitations', '/api/tokens', '/api/organisations', '/api/memberships'];

    it.each(routes)('answers malformed JSON, wrong types, unknown fields and __proto__ on %s with 4xx, never 5xx, and changes no row', async (route) => {
      const admin = await h.as('admin@koers.nl');
      const before = await h.counts();
      const bodies: Array<[string | unknown, number[]]> = [
        ['{"email": ', [400]],
        ['', [400]],
        ['[1,2,3]', [422]],
        ['"tekst"', [422]],
        ['null', [422]],
        [{ email: 12, password: ['x'], kind: 3, name: {}, role: null, organisationId: 5 }, [422]],
        ['{"__proto__": {"isAdmin": true}, "email": "a@b.nl", "password": "x"}', [400]],
        ['{"constructor": {"prototype": {}}}', [400]],
        [{ name: '<script>alert(1)</script>', kind: 'bestuur', onbekend: true }, [422]],
        [`${'['.repeat(5000)}${']'.repeat(5000)}`, [400]],
      ];
      for (const [body, statuses] of bodies) {
        const res = await admin.request('POST', route, body);
        expect(statuses, `${route} ${String(body).slice(0, 40)} -> ${res.status}`).toContain(res.status);
        const error = await errorOf(res);
        expect(error.message.nl.length).toBeGreaterThan(0);
      }
      expect(await h.counts()).toEqual(before);
    });

    it('names unknown fields and wrong types by JSON pointer, in Dutch', async () => {
      const admin = await h.as('admin@koers.nl');
      const res = await admin.request('POST', '/api/organisations', { kind: 'dorp', name: 5, extra: 1 });
      expect(res.status).toBe(422);
      const error = await errorOf(res);
      expect(error.fieldErrors).toEqual(expect.arrayContaining([
        expect.objectContaining({ path: '/extra' }),
        expect.objectContaining({ path: '/kind' }),
        expect.objectContaining({ path: '/name', message: { nl: 'moet een tekst zijn', en: 'must be a text' } }),
      ]));
    });

    it('refuses a body that is not JSON by its content type', async () => {
      const admin = await h.as('admin@koers.nl');
      const res = await admin.request('POST', '/api/organisations', 'kind=bestuur&name=X', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).path).toBe('/headers/content-type');
    });

    it('refuses a huge body with 413 before reading it', async () => {
      const admin = await h.as('admin@koers.nl');
      const before = await h.counts();
      for (const route of routes) {
        const res = await admin.request('POST', route, { name: 'x'.repeat(100 * 1024), kind: 'bestuur' });
        expect(res.status, route).toBe(413);
        expect((await errorOf(res)).code).toBe('payload-too-large');
      }
      const elsewhere = await admin.request('POST', '/api/types', { blob: 'x'.repeat(3 * 1024 * 1024) });
      expect(elsewhere.status).toBe(413);
      expect(await h.counts()).toEqual(before);
    });

    it('answers a login with a wrong type without touching the rate limit', async () => {
      const agent = new Agent(h.app, '10.9.9.9');
      for (let i = 0; i < 10; i++) expect((await agent.request('POST', '/api/auth/login', { email: 'ib@esch.nl', password: 1 })).status).toBe(422);
      expect((await agent.login('ib@esch.nl')).status).toBe(200);
    });
  });
});
