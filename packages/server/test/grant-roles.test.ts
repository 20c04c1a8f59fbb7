import { expect, it, vi } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { errorOf, harness } from './support/harness';

// A fresh PGlite with migrations takes a while on a busy machine.
vi.setConfig({ hookTimeout: 60_000 });

/** Role names that fit the pattern but that no published type declares, nor the organisation itself. */
const UNDECLARED = ['admin', 'beheer', 'null', 'constructor', 'leerling'];

await forEachDatabase('granting roles', harness, (h) => {
  it('refuses to invite anyone in a role no published type declares, naming the roles one may give', async () => {
    const admin = await h.as('admin@koers.nl');
    const before = await h.counts();
    for (const role of UNDECLARED) {
      const res = await admin.request('POST', '/api/invitations', { email: `nieuw-${role}@esch.nl`, role, organisationId: h.world.schoolA.id });
      expect(res.status, role).toBe(422);
      const error = await errorOf(res);
      expect(error.path).toBe('/role');
      expect(error.message.nl).toContain(`"${role}"`);
      expect(error.message.nl).toMatch(/ib, .*procesbegeleider/);
      expect(error.message.en).toContain(`"${role}"`);
    }
    expect(await h.counts()).toEqual(before);
  });

  it('invites in a role a published type declares, and in no other: bestuur and leadership roles too come from the types', async () => {
    const admin = await h.as('admin@koers.nl');
    for (const [role, org] of [['ib', h.world.schoolA], ['werkgroep', h.world.schoolA]] as const) {
      const res = await admin.request('POST', '/api/invitations', { email: `nieuw-${role}@koers.nl`, role, organisationId: org.id });
      expect(res.status, `${role}: ${await res.clone().text()}`).toBe(201);
    }
    // The fixtures declare no voorzitter or directie: no list in the server adds them.
    for (const [role, org] of [['voorzitter', h.world.bestuur], ['directie', h.world.schoolB]] as const) {
      const res = await admin.request('POST', '/api/invitations', { email: `nieuw-${role}@koers.nl`, role, organisationId: org.id });
      expect(res.status, role).toBe(422);
      expect(await errorOf(res)).toMatchObject({ path: '/role' });
    }
  });

  it('refuses to give a membership in an undeclared role, and gives one in a declared role', async () => {
    const admin = await h.as('admin@koers.nl');
    const before = await h.counts();
    for (const role of UNDECLARED) {
      const res = await admin.request('POST', '/api/memberships', { email: 'ib@esch.nl', organisationId: h.world.schoolB.id, role });
      expect(res.status, role).toBe(422);
      expect(await errorOf(res)).toMatchObject({ path: '/role' });
    }
    expect(await h.counts()).toEqual(before);
    const res = await admin.request('POST', '/api/memberships', { email: 'ib@esch.nl', organisationId: h.world.schoolB.id, role: 'werkgroep' });
    expect(res.status).toBe(201);
  });
});
