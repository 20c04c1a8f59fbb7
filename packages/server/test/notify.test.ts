import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { createDelivery } from '../src';
import { type Agent, answer, errorOf, harness } from './support/harness';

const URL = 'https://koers.test';
const DAY = 86_400_000;

/** Delivery of what the engine asks to tell: who gets an inbox notification and a mail, and the inbox routes. */
await forEachDatabase('notifications', harness, (h) => {
  let admin: Agent;
  let trajectoryA: string;
  let trajectoryB: string;
  let trajectoryA2: string;
  let users: Record<'bestuurder' | 'leiderB' | 'disabled' | 'narrowed' | 'english' | 'quiet' | 'digest', { id: string; email: string }>;
  const delivery = () => createDelivery({ store: h.store, clock: h.clock, publicUrl: URL });
  const notify = (trajectoryId: string, roles: string[], nl = 'Het plan is ingediend.') =>
    h.store.effects.add({ trajectoryId, seq: 1, effect: { type: 'notify', roles, message: { nl, en: 'The plan was submitted.' } }, at: h.clock.now() });
  const inboxOf = async (userId: string) => (await h.store.notifications.list(userId, { limit: 100 })).items;

  beforeAll(async () => {
    admin = await h.as('admin@koers.nl');
    const start = async (schoolId: string) => (await answer(admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId } }), 201)).id;
    trajectoryA = await start(h.world.schoolA.id);
    trajectoryB = await start(h.world.schoolB.id);
    trajectoryA2 = await start(h.world.schoolA.id);
    const person = async (email: string, org: { id: string }, role: string, trajectoryId?: string) => {
      const user = await h.store.users.create({ email, name: email.split('@')[0]! });
      await h.store.memberships.add({ userId: user.id, organisationId: org.id, role, ...(trajectoryId ? { trajectoryId } : {}) });
      return user;
    };
    users = {
      // A role the matrix type lets be held at the bestuur: it reaches the bestuur's schools (issue 13, role scope).
      bestuurder: await person('bestuurder@rivierland.nl', h.world.bestuur, 'bestuurder'),
      leiderB: await person('leider@kompas.nl', h.world.schoolB, 'schoolleider'),
      disabled: await person('oud@esch.nl', h.world.schoolA, 'schoolleider'),
      narrowed: await person('extern@esch.nl', h.world.schoolA, 'schoolleider', trajectoryA2),
      english: await person('english@esch.nl', h.world.schoolA, 'casemanager'),
      quiet: await person('stil@esch.nl', h.world.schoolA, 'casemanager'),
      digest: await person('digest@esch.nl', h.world.schoolA, 'casemanager'),
    };
    await h.store.connection.db.execute(sql`update users set disabled_at = now() where id = ${users.disabled.id}`);
    await h.store.userSettings.put(users.english.id, { lang: 'en', mail: 'immediate' });
    await h.store.userSettings.put(users.quiet.id, { lang: 'nl', mail: 'off' });
    await h.store.userSettings.put(users.digest.id, { lang: 'nl', mail: 'digest' });
  });

  describe('recipients', () => {
    it('tells the holders of the role at the school and at its bestuur, never a user of another school, a disabled one or one narrowed to another trajectory', async () => {
      const effect = await notify(trajectoryA, ['schoolleider', 'bestuurder']);
      const result = await delivery().tick();
      expect(result).toMatchObject({ effects: 1, notifications: 2, mails: 2 });
      const told = await h.store.connection.db.execute(sql`select u.email from notifications n join users u on u.id = n.user_id where n.effect_id = ${effect.id} order by u.email`);
      expect(('rows' in told ? told.rows : told).map((r) => (r as { email: string }).email)).toEqual(['bestuurder@rivierland.nl', 'leider@esch.nl']);
      expect(await inboxOf(users.leiderB.id)).toEqual([]);
      expect(await inboxOf(users.narrowed.id)).toEqual([]);
      expect(await h.store.effects.pending()).toBe(0);
    });

    it('tells a membership narrowed to the trajectory itself, and nobody at school A about school B', async () => {
      await notify(trajectoryA2, ['schoolleider', 'bestuurder']);
      await notify(trajectoryB, ['schoolleider', 'bestuurder']);
      await delivery().tick();
      expect((await inboxOf(users.narrowed.id)).map((n) => n.trajectoryId)).toEqual([trajectoryA2]);
      expect((await inboxOf(users.leiderB.id)).map((n) => n.trajectoryId)).toEqual([trajectoryB]);
      expect((await inboxOf(h.people.leider.id)).map((n) => n.trajectoryId)).toEqual([trajectoryA2, trajectoryA]);
    });

    it('holds the mails when there is no mailer, with the Dutch text and the link to the trajectory, and never delivers an effect twice', async () => {
      const held = await h.store.mails.list({ status: ['held'], limit: 100 });
      const leider = held.find((m) => m.to === 'leider@esch.nl' && m.text.includes(trajectoryA))!;
      expect(leider).toMatchObject({ status: 'held', lang: 'nl', subject: 'Het plan is ingediend. (De Esch)' });
      expect(leider.text).toContain(`Open de stap: ${URL}/#/trajecten/${trajectoryA}`);
      expect(leider.html).toContain(`href="${URL}/#/trajecten/${trajectoryA}"`);
      expect(await delivery().tick()).toMatchObject({ effects: 0, notifications: 0, mails: 0 });
    });

    it('writes a reminder in each recipient\'s language, a mail only for those who want one immediately, and escapes the HTML', async () => {
      const dueAt = new Date(h.clock.now().getTime() + 7 * DAY).toISOString();
      await h.store.effects.add({
        trajectoryId: trajectoryA, timerId: 1, at: h.clock.now(),
        effect: { type: 'remind', kind: 'reminder', roles: ['casemanager'], step: 'plan', title: { nl: 'Plan <opstellen>', en: 'Write the <plan>' }, dueAt },
      });
      await delivery().tick();
      const [english] = await inboxOf(users.english.id);
      expect(english).toMatchObject({ kind: 'reminder', step: 'plan', title: { nl: 'Herinnering: Plan <opstellen>', en: 'Reminder: Write the <plan>' } });
      expect(english!.body!.nl).toBe('Deze stap moet klaar zijn op 10 maart 2025.');
      const mails = await h.store.mails.list({ limit: 100 });
      const mailTo = (email: string) => mails.filter((m) => m.to === email);
      expect(mailTo('english@esch.nl').map((m) => m.subject)).toEqual(['Reminder: Write the <plan> (De Esch)']);
      expect(mailTo('english@esch.nl')[0]!.text).toContain('This step is due on 10 March 2025.');
      expect(mailTo('english@esch.nl')[0]!.html).toContain('Reminder: Write the &lt;plan&gt;');
      expect(mailTo('english@esch.nl')[0]!.html).not.toContain('<plan>');
      expect(await inboxOf(users.quiet.id)).toHaveLength(1);
      expect(mailTo('stil@esch.nl')).toEqual([]);
      expect(await inboxOf(users.digest.id)).toHaveLength(1);
      expect(mailTo('digest@esch.nl').map((m) => m.source.split(':')[0])).toEqual(['digest']);
    });

    it('sends a digest user one mail a day from 07:00 in Amsterdam with the unread notifications since the last one', async () => {
      // START is 2025-03-03 08:00 UTC = 09:00 in Amsterdam: the tick of the reminder already wrote today's digest.
      const digests = () => h.store.mails.list({ limit: 100 }).then((all) => all.filter((m) => m.source.startsWith(`digest:${users.digest.id}:`)));
      expect((await digests()).map((m) => m.source)).toEqual([`digest:${users.digest.id}:2025-03-03`]);
      h.clock.advance(12 * 3_600_000); // 21:00: same day, nothing new
      await notify(trajectoryA, ['casemanager'], 'Tweede melding');
      await delivery().tick();
      expect(await digests()).toHaveLength(1);
      h.clock.advance(9 * 3_600_000); // 06:00 the next day: not yet
      await delivery().tick();
      expect(await digests()).toHaveLength(1);
      h.clock.advance(3_600_000); // 07:00
      await delivery().tick();
      await delivery().tick();
      const [latest] = await digests();
      expect(latest!.source).toBe(`digest:${users.digest.id}:2025-03-04`);
      expect(latest!.subject).toBe('Koers: 1 meldingen (4 maart 2025)');
      expect(latest!.text).toContain('Tweede melding');
      expect(latest!.text).not.toContain('Herinnering: Plan');
      expect(await digests()).toHaveLength(2);
    });
  });

  describe('routes', () => {
    it('lists only the user\'s own notifications, newest first, with paging and the unread count', async () => {
      const leider = await h.as('leider@esch.nl');
      const page = await answer(leider.api.inbox.$get({ query: { limit: '1' } }));
      expect(page.items.map((n) => n.trajectoryId)).toEqual([trajectoryA2]);
      expect(page.unread).toBe(2);
      expect(page.next).toBe(page.items[0]!.id);
      expect(await answer(leider.api.inbox.count.$get())).toEqual({ unread: 2 });
      const bestuurder = await h.store.notifications.list(users.bestuurder.id, { limit: 10 });
      expect(page.items[0]!.id).not.toBe(bestuurder.items[0]!.id);
    });

    it('pages through the inbox with ?before=', async () => {
      const casemanager = await h.store.users.findByEmail('english@esch.nl');
      await h.store.users.setPasswordHash(casemanager!.id, (await h.store.users.findByEmail('leider@esch.nl'))!.passwordHash!);
      const english = await h.as('english@esch.nl');
      const first = await answer(english.api.inbox.$get({ query: { limit: '1' } }));
      expect(first.items.map((n) => n.title.nl)).toEqual(['Tweede melding']);
      const second = await answer(english.api.inbox.$get({ query: { limit: '1', before: String(first.next) } }));
      expect(second.items.map((n) => n.title.nl)).toEqual(['Herinnering: Plan <opstellen>']);
      expect(second.next).toBe(null);
    });

    it('marks its own notification read, answers 404 for another user\'s id and changes nothing of theirs', async () => {
      const leider = await h.as('leider@esch.nl');
      const other = (await h.store.notifications.list(users.bestuurder.id, { limit: 1 })).items[0]!;
      const refused = await leider.request('POST', `/api/inbox/${other.id}/read`);
      expect(refused.status).toBe(404);
      expect((await errorOf(refused)).message.nl).toBe('U hebt geen melding met dit id.');
      expect((await h.store.notifications.list(users.bestuurder.id, { limit: 1 })).items[0]!.readAt).toBe(null);
      const [own] = (await answer(leider.api.inbox.$get({ query: {} }))).items;
      const read = await answer(leider.api.inbox[':id'].read.$post({ param: { id: String(own!.id) } }));
      expect(read.readAt).toBe(h.clock.now().toISOString());
      const unread = await answer(leider.api.inbox.$get({ query: { unread: 'true' } }));
      expect(unread.items.map((n) => n.id)).not.toContain(own!.id);
      expect(unread.unread).toBe(1);
    });

    it('marks all of the user\'s notifications read and no one else\'s', async () => {
      const english = await h.as('english@esch.nl');
      expect(await answer(english.api.inbox['read-all'].$post())).toEqual({ marked: 2 });
      expect(await answer(english.api.inbox.count.$get())).toEqual({ unread: 0 });
      expect(await h.store.notifications.unreadCount(users.bestuurder.id)).toBe(3);
    });

    it('reads and saves the user\'s own settings, with the defaults before any choice, and refuses a value it does not know', async () => {
      const ib = await h.as('ib@esch.nl');
      expect(await answer(ib.api.me.settings.$get())).toEqual({ lang: 'nl', mail: 'immediate' });
      expect(await answer(ib.api.me.settings.$put({ json: { lang: 'en', mail: 'digest' } }))).toEqual({ lang: 'en', mail: 'digest' });
      expect(await answer(ib.api.me.settings.$get())).toEqual({ lang: 'en', mail: 'digest' });
      const bad = await ib.request('PUT', '/api/me/settings', { lang: 'de', mail: 'digest' });
      expect(bad.status).toBe(422);
      expect(await answer(ib.api.me.settings.$get())).toEqual({ lang: 'en', mail: 'digest' });
      expect(await h.store.userSettings.get(h.people.leider.id)).toMatchObject({ lang: 'nl', mail: 'immediate' });
    });

    it('shows the admin the held mails and retries only a dead one', async () => {
      admin = await h.as('admin@koers.nl');
      const outbox = await answer(admin.api.admin.mails.$get({ query: { status: 'held' } }));
      expect(outbox.items.length).toBeGreaterThan(0);
      expect(outbox.items.every((m) => m.status === 'held')).toBe(true);
      expect(outbox.counts.held).toBe(outbox.items.length);
      expect((await admin.request('POST', `/api/admin/mails/${outbox.items[0]!.id}/retry`)).status).toBe(404);
      const leider = await h.as('leider@esch.nl');
      expect((await leider.request('GET', '/api/admin/mails')).status).toBe(403);
    });
  });
});
