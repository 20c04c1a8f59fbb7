import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, harness } from './support/harness';

await forEachDatabase('looking at an invitation', harness, (h) => {
  it('names the person who sent the invitation, so the invitee knows who asks', async () => {
    const leider = await h.as('leider@esch.nl');
    const { token } = await answer(leider.api.invitations.$post({ json: { email: 'gast@esch.nl', role: 'werkgroep', organisationId: h.world.schoolA.id } }), 201);
    const view = await answer(h.agent().api.invitations[':token'].$get({ param: { token } }));
    expect(view.invitedBy?.name).toBe('leider');
    expect(view).toMatchObject({ email: 'gast@esch.nl', invitedBy: { name: 'leider' }, organisation: { name: 'De Esch' } });
  });

  it('answers invitedBy null when the invitation has no sender any more', async () => {
    const admin = await h.as('admin@koers.nl');
    const { token, id } = await answer(admin.api.invitations.$post({ json: { email: 'wees@esch.nl', role: 'ib', organisationId: h.world.schoolA.id } }), 201);
    const { sql } = await import('drizzle-orm');
    await h.store.connection.db.execute(sql`update invitations set invited_by = null where id = ${id}`);
    expect(await answer(h.agent().api.invitations[':token'].$get({ param: { token } }))).toMatchObject({ email: 'wees@esch.nl', invitedBy: null });
  });
});
