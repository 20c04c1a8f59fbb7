import { Hono } from 'hono';
import type { Notification, Store } from '@koers/store';
import type { AuthEnv } from '../auth/options';
import type { Clock } from '../context';
import { NotFound } from '../errors';
import { p } from '../http/params';
import { route } from '../http/route';
import { InboxCount, InboxPage, NotificationView, ReadAll } from '../schemas/notify';
import { CSRF } from './auth';

const tag = 'inbox';
const ID = p.wholeNumber('Id van de melding.', { min: 1, max: Number.MAX_SAFE_INTEGER });

const list = route({
  tag, summary: 'Mijn meldingen / my notifications', access: 'signed-in', who: 'Alleen uw eigen meldingen.',
  description: 'Nieuwste eerst. ?unread=true: alleen ongelezen. Volgende pagina: ?before=<next>.',
  query: {
    unread: p.oneOf(['true', 'false'], 'Alleen ongelezen meldingen.'),
    before: ID,
    limit: p.wholeNumber('Hoeveel meldingen.', { min: 1, max: 100, default: 30 }),
  },
  responses: { 200: { description: 'Een pagina meldingen en het aantal ongelezen.', schema: InboxPage } },
});
const count = route({
  tag, summary: 'Aantal ongelezen meldingen / unread count', access: 'signed-in', who: 'Alleen uw eigen meldingen.',
  responses: { 200: { description: 'Hoeveel van uw meldingen ongelezen zijn.', schema: InboxCount } },
});
const read = route({
  tag, summary: 'Melding gelezen / mark a notification read', access: 'signed-in',
  who: 'Alleen een eigen melding; een ander id (ook dat van iemand anders): 404.', description: CSRF,
  params: { id: ID }, errors: [404],
  responses: { 200: { description: 'De melding, gelezen.', schema: NotificationView } },
});
const readAll = route({
  tag, summary: 'Alles gelezen / mark all read', access: 'signed-in', who: 'Alleen uw eigen meldingen.', description: CSRF,
  responses: { 200: { description: 'Hoeveel meldingen gelezen zijn gemarkeerd.', schema: ReadAll } },
});

const view = (n: Notification) => ({
  id: n.id, kind: n.kind, title: n.title, body: n.body, trajectoryId: n.trajectoryId, schoolId: n.schoolId, step: n.step, createdAt: n.createdAt, readAt: n.readAt,
});

/** The signed-in person's inbox: their notifications, newest first, the unread count, marking read. */
export function inboxRoutes(deps: { store: Store; clock: Clock }) {
  return new Hono<AuthEnv>()
    .get('/', list.check, async (c) => {
      const { unread, before, limit } = c.req.valid('query');
      const userId = c.var.viewer.userId;
      const page = await deps.store.notifications.list(userId, { unread: unread === 'true', limit: limit ?? 30, ...(before === undefined ? {} : { before }) });
      return list.json(c, 200, { items: page.items.map(view), next: page.next, unread: await deps.store.notifications.unreadCount(userId) });
    })
    .get('/count', count.check, async (c) => count.json(c, 200, { unread: await deps.store.notifications.unreadCount(c.var.viewer.userId) }))
    .post('/read-all', readAll.check, async (c) => readAll.json(c, 200, { marked: await deps.store.notifications.markAllRead(c.var.viewer.userId, deps.clock.now()) }))
    .post('/:id/read', read.check, async (c) => {
      const marked = await deps.store.notifications.markRead(c.req.valid('param').id, c.var.viewer.userId, deps.clock.now());
      if (!marked) throw new NotFound({ nl: 'U hebt geen melding met dit id.', en: 'You have no notification with this id.' }, '/id');
      return read.json(c, 200, view(marked));
    });
}
