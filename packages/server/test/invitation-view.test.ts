import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { harness } from './support/harness';

await forEachDatabase('looking at an invitation', harness, (h) => {
  it('names the person who sent the invitation, so the invitee knows who asks', async () => {
    const leider = await h.as('leider@esch.nl');
    const created = await leider.request('POST', '/api/invitations', { email: 'gast@esch.nl', role: 'werkgroep', organisationId: h.world.schoolA.id });
    const { token } = (await created.json()) as { token: string };
    const view = await h.agent().request('GET', `/api/invitations/${token}`);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ email: 'gast@esch.nl', invitedBy: { name: 'leider' }, organisation: { name: 'De Esch' } });
  });

  it('answers invitedBy null when the invitation has no sender any more', async () => {
    const admin = await h.as('admin@koers.nl');
    const { token, id } = (await (await admin.request('POST', '/api/invitations', { email: 'wees@esch.nl', role: 'ib', organisationId: h.world.schoolA.id })).json()) as { token: string; id: string };
    const { sql } = await import('drizzle-orm');
    await h.store.connection.db.execute(sql`update invitations set invited_by = null where id = ${id}`);
    expect(await (await h.agent().request('GET', `/api/invitations/${token}`)).json()).toMatchObject({ email: 'wees@esch.nl', invitedBy: null });
  });
});
