import { describe, expect, it } from 'vitest';
import { createStore } from '../src';
import { forEachDatabase } from '@koers/testing';

const NOW = new Date('2025-03-01T09:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;

await forEachDatabase('accounts and organisations', async (database) => createStore(await database.create()), (store) => {
  describe('organisations', () => {
    it('creates a bestuur with schools and lists the schools by name', async () => {
      const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Ooievaar', now: NOW });
      await store.organisations.create({ kind: 'school', name: 'De Wilg', parentId: bestuur.id, brin: '12AB' });
      await store.organisations.create({ kind: 'school', name: 'De Beuk', parentId: bestuur.id });
      expect((await store.organisations.children(bestuur.id)).map((o) => o.name)).toEqual(['De Beuk', 'De Wilg']);
      expect(await store.organisations.get(bestuur.id)).toMatchObject({ kind: 'bestuur', parentId: null, createdAt: NOW.toISOString() });
    });

    it('finds nothing for an id that is not a UUID, instead of failing', async () => {
      expect(await store.organisations.get('not-a-uuid')).toBeUndefined();
      expect(await store.organisations.children("'; drop table users; --")).toEqual([]);
    });

    it('shows a school member their school and its bestuur, but not the other schools', async () => {
      const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Bestuur Zichtbaar' });
      const a = await store.organisations.create({ kind: 'school', name: 'Zicht A', parentId: bestuur.id });
      await store.organisations.create({ kind: 'school', name: 'Zicht B', parentId: bestuur.id });
      expect((await store.organisations.listVisible([a.id])).map((o) => o.name)).toEqual(['Bestuur Zichtbaar', 'Zicht A']);
      expect((await store.organisations.listVisible([bestuur.id])).map((o) => o.name)).toEqual(['Bestuur Zichtbaar', 'Zicht A', 'Zicht B']);
      expect(await store.organisations.listVisible([])).toEqual([]);
    });
  });

  describe('users and memberships', () => {
    it('stores e-mail addresses lower-case and finds them regardless of case', async () => {
      const user = await store.users.create({ email: '  Anne.de.Vries@School.NL ', name: 'Anne' });
      expect(user.email).toBe('anne.de.vries@school.nl');
      expect((await store.users.findByEmail('ANNE.DE.VRIES@school.nl'))?.id).toBe(user.id);
      await expect(store.users.create({ email: 'anne.de.vries@school.nl', name: 'Twee' })).rejects.toThrow();
    });

    it('loads a user with their memberships and the organisations they are at', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Het Anker' });
      const user = await store.users.create({ email: 'ib@anker.nl', name: 'Ib' });
      const { membership, created } = await store.memberships.add({ userId: user.id, organisationId: school.id, role: 'ib' });
      expect(created).toBe(true);
      const found = await store.users.findById(user.id);
      expect(found?.memberships).toEqual([{
        id: membership.id, organisationId: school.id, organisationName: 'Het Anker', organisationKind: 'school', parentId: null, role: 'ib', trajectoryId: null,
      }]);
      expect(await store.memberships.listForUser(user.id)).toEqual(found?.memberships);
    });

    it('adds a membership someone already holds only once', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Dubbel' });
      const user = await store.users.create({ email: 'dubbel@school.nl', name: 'Dubbel' });
      const first = await store.memberships.add({ userId: user.id, organisationId: school.id, role: 'directie' });
      const again = await store.memberships.add({ userId: user.id, organisationId: school.id, role: 'directie' });
      expect(again).toEqual({ membership: first.membership, created: false });
      expect(await store.memberships.listForOrganisation(school.id)).toEqual([expect.objectContaining({ email: 'dubbel@school.nl', role: 'directie' })]);
    });

    it('assigns a procesbegeleider to several schools and removes one assignment', async () => {
      const a = await store.organisations.create({ kind: 'school', name: 'PB A' });
      const b = await store.organisations.create({ kind: 'school', name: 'PB B' });
      const coach = await store.users.create({ email: 'coach@programma.nl', name: 'Coach' });
      const assigned = await store.memberships.assignToSchools(coach.id, [a.id, b.id, a.id]);
      expect(assigned.map((m) => m.role)).toEqual(['procesbegeleider', 'procesbegeleider']);
      expect((await store.memberships.remove(assigned[0]!.id))?.organisationId).toBe(a.id);
      expect(await store.memberships.remove(assigned[0]!.id)).toBeUndefined();
      expect((await store.memberships.listForUser(coach.id)).map((m) => m.organisationName)).toEqual(['PB B']);
    });

    it('sets a password hash', async () => {
      const user = await store.users.create({ email: 'wachtwoord@school.nl', name: 'W' });
      await store.users.setPasswordHash(user.id, '$scrypt$x');
      expect((await store.users.findByEmail('wachtwoord@school.nl'))?.passwordHash).toBe('$scrypt$x');
    });
  });

  describe('sessions', () => {
    it('finds a session until it expires, with its user and memberships', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Sessieschool' });
      const user = await store.users.create({ email: 'sessie@school.nl', name: 'Sessie' });
      await store.memberships.add({ userId: user.id, organisationId: school.id, role: 'werkgroep' });
      await store.sessions.create({ idHash: 'hash-1', userId: user.id, csrfToken: 'csrf-1', expiresAt: later(HOUR), now: NOW });
      const found = await store.sessions.findValid('hash-1', NOW);
      expect(found?.session).toEqual({ idHash: 'hash-1', userId: user.id, csrfToken: 'csrf-1', createdAt: NOW.toISOString(), expiresAt: later(HOUR).toISOString() });
      expect(found?.user.memberships.map((m) => m.role)).toEqual(['werkgroep']);
      expect(await store.sessions.findValid('hash-1', later(HOUR))).toBeUndefined();
      expect(await store.sessions.findValid('other', NOW)).toBeUndefined();
    });

    it('deletes one session, and removes the expired ones', async () => {
      const user = await store.users.create({ email: 'sessies@school.nl', name: 'S' });
      await store.sessions.create({ idHash: 'a', userId: user.id, csrfToken: 'c', expiresAt: later(HOUR) });
      await store.sessions.create({ idHash: 'b', userId: user.id, csrfToken: 'c', expiresAt: later(2 * HOUR) });
      await store.sessions.delete('a');
      expect(await store.sessions.findValid('a', NOW)).toBeUndefined();
      expect(await store.sessions.deleteExpired(later(3 * HOUR))).toBeGreaterThanOrEqual(1);
      expect(await store.sessions.findValid('b', NOW)).toBeUndefined();
    });
  });

  describe('API tokens', () => {
    it('finds a token by its hash until it is revoked, and only its owner can revoke it', async () => {
      const user = await store.users.create({ email: 'script@school.nl', name: 'Script' });
      const other = await store.users.create({ email: 'ander@school.nl', name: 'Ander' });
      const token = await store.apiTokens.create({ userId: user.id, name: 'export', tokenHash: 'th-1', expiresAt: later(365 * 24 * HOUR), now: NOW });
      expect(token.expiresAt).toBe(later(365 * 24 * HOUR).toISOString());
      expect((await store.apiTokens.findByHash('th-1'))?.user.email).toBe('script@school.nl');
      await store.apiTokens.touch(token.id, later(1000));
      await store.apiTokens.touch(token.id, later(2000));
      expect((await store.apiTokens.listForUser(user.id))[0]?.lastUsedAt).toBe(later(1000).toISOString());
      expect(await store.apiTokens.revoke(token.id, other.id, NOW)).toBeUndefined();
      expect((await store.apiTokens.revoke(token.id, user.id, later(HOUR)))?.revokedAt).toBe(later(HOUR).toISOString());
      expect(await store.apiTokens.findByHash('th-1')).toBeUndefined();
      expect(await store.apiTokens.revoke(token.id, user.id, later(HOUR))).toBeUndefined();
    });
  });

  describe('invitations', () => {
    it('accepts an invitation once: account, membership and acceptance in one go', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Uitnodigingschool' });
      await store.invitations.create({
        tokenHash: 'inv-1', email: 'Nieuw@School.nl', organisationId: school.id, role: 'ib', invitedBy: null, expiresAt: later(HOUR), now: NOW,
      });
      expect(await store.invitations.findValid('inv-1', NOW)).toMatchObject({ email: 'nieuw@school.nl', organisationName: 'Uitnodigingschool', existingUserId: null });
      const result = await store.invitations.accept('inv-1', NOW, { kind: 'new', name: 'Nieuw', passwordHash: 'h' });
      expect(result).toMatchObject({ ok: true, createdUser: true, user: { email: 'nieuw@school.nl' }, membership: { role: 'ib', organisationId: school.id } });
      expect(await store.invitations.accept('inv-1', NOW, { kind: 'new', name: 'Nog eens', passwordHash: 'h' })).toEqual({ ok: false, reason: 'not-found' });
      expect(await store.invitations.findValid('inv-1', NOW)).toBeUndefined();
    });

    it('refuses an expired invitation', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Verlopen' });
      await store.invitations.create({ tokenHash: 'inv-2', email: 'laat@school.nl', organisationId: school.id, role: 'ib', invitedBy: null, expiresAt: later(HOUR), now: NOW });
      expect(await store.invitations.findValid('inv-2', later(HOUR))).toBeUndefined();
      expect(await store.invitations.accept('inv-2', later(HOUR), { kind: 'new', name: 'L', passwordHash: 'h' })).toEqual({ ok: false, reason: 'not-found' });
    });

    it('leaves everything unchanged when the e-mail already has an account, or the wrong user accepts', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Bestaand' });
      const known = await store.users.create({ email: 'bestaand@school.nl', name: 'Bestaand' });
      const stranger = await store.users.create({ email: 'vreemde@school.nl', name: 'Vreemde' });
      await store.invitations.create({ tokenHash: 'inv-3', email: 'bestaand@school.nl', organisationId: school.id, role: 'directie', invitedBy: null, expiresAt: later(HOUR), now: NOW });
      expect(await store.invitations.accept('inv-3', NOW, { kind: 'new', name: 'X', passwordHash: 'h' })).toEqual({ ok: false, reason: 'email-taken' });
      expect(await store.invitations.accept('inv-3', NOW, { kind: 'existing', userId: stranger.id })).toEqual({ ok: false, reason: 'wrong-user' });
      expect((await store.invitations.findValid('inv-3', NOW))?.existingUserId).toBe(known.id);
      const result = await store.invitations.accept('inv-3', NOW, { kind: 'existing', userId: known.id });
      expect(result).toMatchObject({ ok: true, createdUser: false, user: { id: known.id } });
      expect((await store.users.findById(known.id))?.memberships.map((m) => m.role)).toEqual(['directie']);
    });

    it('lets exactly one of several concurrent accepts win', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Race' });
      await store.invitations.create({ tokenHash: 'inv-4', email: 'race@school.nl', organisationId: school.id, role: 'ib', invitedBy: null, expiresAt: later(HOUR), now: NOW });
      const results = await Promise.allSettled(Array.from({ length: 4 }, () => store.invitations.accept('inv-4', NOW, { kind: 'new', name: 'R', passwordHash: 'h' })));
      const wins = results.filter((r) => r.status === 'fulfilled' && r.value.ok);
      expect(wins).toHaveLength(1);
      expect((await store.memberships.listForOrganisation(school.id))).toHaveLength(1);
    });
  });

  describe('audit log', () => {
    it('lists an organisation\'s entries newest first, page by page', async () => {
      const school = await store.organisations.create({ kind: 'school', name: 'Audit' });
      for (let i = 0; i < 5; i++) {
        await store.audit.append({ at: later(i * 1000), actorId: null, organisationId: school.id, action: `stap.${i}`, detail: { i } });
      }
      await store.audit.append({ at: later(9000), actorId: null, action: 'elders' });
      const first = await store.audit.listForOrganisation(school.id, { limit: 2 });
      expect(first.entries.map((e) => e.action)).toEqual(['stap.4', 'stap.3']);
      const second = await store.audit.listForOrganisation(school.id, { limit: 2, before: first.nextCursor! });
      expect(second.entries.map((e) => e.action)).toEqual(['stap.2', 'stap.1']);
      const last = await store.audit.listForOrganisation(school.id, { limit: 2, before: second.nextCursor! });
      expect(last).toEqual({ entries: [expect.objectContaining({ action: 'stap.0', detail: { i: 0 }, at: NOW.toISOString() })], nextCursor: null });
      expect(await store.audit.listForOrganisation(school.id, { before: 'rubbish' })).toEqual({ entries: [], nextCursor: null });
    });

    it('lists a trajectory\'s entries, and writes inside the caller\'s transaction', async () => {
      const trajectoryId = '11111111-1111-4111-8111-111111111111';
      await expect(store.transaction(async (tx) => {
        await store.audit.append({ at: NOW, actorId: null, trajectoryId, action: 'teruggedraaid' }, tx);
        throw new Error('rollback');
      })).rejects.toThrow('rollback');
      await store.audit.append({ at: NOW, actorId: null, trajectoryId, action: 'blijft' });
      expect((await store.audit.listForTrajectory(trajectoryId)).entries.map((e) => e.action)).toEqual(['blijft']);
    });
  });
});
