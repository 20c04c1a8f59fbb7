import { Hono } from 'hono';
import { type Mail, MAIL_STATUSES, type Store } from '@koers/store';
import type { AuthEnv } from '../auth/options';
import type { Clock } from '../context';
import { NotFound } from '../errors';
import { p } from '../http/params';
import { route } from '../http/route';
import { MailOutbox, MailView } from '../schemas/notify';
import { CSRF } from './auth';

const tag = 'admin';
const list = route({
  tag, summary: 'Uitgaande mail / mail outbox', access: 'admin',
  description: 'Nieuwste eerst, met het aantal per status. held: geen SMTP_URL ingesteld (niets gaat verloren); dead: opgegeven na de laatste poging (opnieuw proberen: POST …/retry).',
  query: {
    status: p.oneOf(MAIL_STATUSES, 'Alleen mails met deze status.'),
    limit: p.wholeNumber('Hoeveel mails.', { min: 1, max: 500, default: 100 }),
  },
  responses: { 200: { description: 'De mails en de aantallen per status.', schema: MailOutbox } },
});
const retry = route({
  tag, summary: 'Mail opnieuw proberen / retry a dead mail', access: 'admin', description: `Een opgegeven (dead) mail krijgt opnieuw alle pogingen, vanaf nu. ${CSRF}`,
  params: { id: p.wholeNumber('Id van de mail.', { min: 1, max: Number.MAX_SAFE_INTEGER }) }, errors: [404],
  responses: { 200: { description: 'De mail, weer pending.', schema: MailView } },
});

const view = (m: Mail) => ({
  id: m.id, to: m.to, lang: m.lang, subject: m.subject, text: m.text, status: m.status, source: m.source, attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt, lastError: m.lastError, createdAt: m.createdAt, sentAt: m.sentAt,
});

/** The admin's view of the mail outbox: held, pending, sent and dead mails; retrying a dead one. */
export function adminMailRoutes(deps: { store: Store; clock: Clock }) {
  return new Hono<AuthEnv>()
    .get('/', list.check, async (c) => {
      const { status, limit } = c.req.valid('query');
      const items = await deps.store.mails.list({ ...(status ? { status: [status] } : {}), limit: limit ?? 100 });
      return list.json(c, 200, { items: items.map(view), counts: await deps.store.mails.counts() });
    })
    .post('/:id/retry', retry.check, async (c) => {
      const mail = await deps.store.mails.retry(c.req.valid('param').id, deps.clock.now());
      if (!mail) throw new NotFound({ nl: 'Er is geen opgegeven mail met dit id.', en: 'There is no dead mail with this id.' }, '/id');
      return retry.json(c, 200, view(mail));
    });
}
