import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelivery, createMailWorker } from '@koers/server';
import { forEachDatabase } from '@koers/testing';
import { SmtpUrlInvalid, configFromEnv, smtpMailer, startServer } from '../src';
import { answer, harness } from '../../server/test/support/harness';
import { smtpServer } from './support/smtp';

const URL = 'https://koers.test';
const MINUTE = 60_000;

/**
 * Mail over real SMTP: an in-process smtp-server receives what the delivery and mail workers send through the
 * nodemailer transport made from SMTP_URL.
 */
await forEachDatabase('mail over SMTP', harness, (h) => {
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let trajectory: string;
  let workers: { delivery: ReturnType<typeof createDelivery>; mail: ReturnType<typeof createMailWorker> };
  let mailer: ReturnType<typeof smtpMailer>;
  const remind = (roles: string[], nl = 'Plan opstellen', en = 'Write the plan') => h.store.effects.add({
    trajectoryId: trajectory, timerId: 1, at: h.clock.now(),
    effect: { type: 'remind', kind: 'reminder', roles, step: 'plan', title: { nl, en }, dueAt: '2025-03-10T08:00:00.000Z' },
  });
  const deliverAndSend = async () => {
    await workers.delivery.tick();
    return workers.mail.tick();
  };

  beforeAll(async () => {
    smtp = await smtpServer();
    mailer = smtpMailer(smtp.url, 'Koers <koers@koers.test>');
    workers = {
      delivery: createDelivery({ store: h.store, clock: h.clock, mailer, publicUrl: URL }),
      mail: createMailWorker({ store: h.store, clock: h.clock, mailer }),
    };
    const admin = await h.as('admin@koers.nl');
    trajectory = (await answer(admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId: h.world.schoolA.id } }), 201)).id;
    await h.store.userSettings.put(h.people.ib.id, { lang: 'en', mail: 'immediate' });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  it('sends a reminder to each recipient in their language, as plain text and HTML, with the link to the trajectory, and none to another school', async () => {
    // directie@kompas.nl holds `directie` at school B only: the trajectory's school A is not theirs to see.
    await remind(['schoolleider', 'ib', 'directie']);
    expect(await deliverAndSend()).toEqual({ sent: 2, failed: 0, dead: 0 });
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['ib@esch.nl', 'leider@esch.nl']);
    const byTo = Object.fromEntries(smtp.received.map((m) => [m.to[0], m]));
    const link = `${URL}/#/trajecten/${trajectory}`;
    expect(byTo['leider@esch.nl']).toMatchObject({ subject: 'Herinnering: Plan opstellen (De Esch)' });
    expect(byTo['leider@esch.nl']!.text).toContain('Deze stap moet klaar zijn op 10 maart 2025.');
    expect(byTo['leider@esch.nl']!.text).toContain(`Open de stap: ${link}`);
    expect(byTo['leider@esch.nl']!.html).toContain(`<a href="${link}">Open de stap</a>`);
    expect(byTo['ib@esch.nl']).toMatchObject({ subject: 'Reminder: Write the plan (De Esch)' });
    expect(byTo['ib@esch.nl']!.text).toContain('This step is due on 10 March 2025.');
    expect(byTo['ib@esch.nl']!.html).toContain(`<a href="${link}">Open the step</a>`);
    expect(byTo['ib@esch.nl']!.messageId).toMatch(/^<koers-mail-\d+@koers>$/);
    expect((await h.store.mails.list({ status: ['sent'], limit: 10 })).map((m) => m.to).sort()).toEqual(['ib@esch.nl', 'leider@esch.nl']);
  });

  it('retries a mail the SMTP server refused once, after a minute, and sends it once', async () => {
    smtp.received.length = 0;
    smtp.refuse(1);
    await remind(['schoolleider'], 'Tweede herinnering', 'Second reminder');
    expect(await deliverAndSend()).toEqual({ sent: 0, failed: 1, dead: 0 });
    const [pending] = await h.store.mails.list({ status: ['pending'], limit: 10 });
    expect(pending).toMatchObject({ attempts: 1, nextAttemptAt: new Date(h.clock.now().getTime() + MINUTE).toISOString() });
    expect(pending!.lastError).toContain('Tijdelijk niet beschikbaar');
    expect(await workers.mail.tick()).toEqual({ sent: 0, failed: 0, dead: 0 });
    h.clock.advance(MINUTE);
    expect(await workers.mail.tick()).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(smtp.received.map((m) => m.subject)).toEqual(['Herinnering: Tweede herinnering (De Esch)']);
  });

  it('gives up after the last attempt (backoff 1m, 5m, 30m, 2h, 12h): dead, listed for the admin, and sent after a retry', async () => {
    smtp.received.length = 0;
    smtp.refuse(Infinity);
    await remind(['schoolleider'], 'Derde herinnering', 'Third reminder');
    expect(await deliverAndSend()).toEqual({ sent: 0, failed: 1, dead: 0 });
    for (const wait of [1, 5, 30, 120]) {
      h.clock.advance(wait * MINUTE - 1);
      expect(await workers.mail.tick(), `not before ${wait} minutes`).toEqual({ sent: 0, failed: 0, dead: 0 });
      h.clock.advance(1);
      expect(await workers.mail.tick()).toEqual({ sent: 0, failed: 1, dead: 0 });
    }
    h.clock.advance(720 * MINUTE);
    expect(await workers.mail.tick()).toEqual({ sent: 0, failed: 0, dead: 1 });
    const admin = await h.as('admin@koers.nl');
    const dead = await answer(admin.api.admin.mails.$get({ query: { status: 'dead' } }));
    expect(dead.items.map((m) => [m.subject, m.attempts])).toEqual([['Herinnering: Derde herinnering (De Esch)', 6]]);
    h.clock.advance(24 * 60 * MINUTE);
    expect(await workers.mail.tick()).toEqual({ sent: 0, failed: 0, dead: 0 });
    smtp.refuse(0);
    const again = await h.as('admin@koers.nl');
    await answer(again.api.admin.mails[':id'].retry.$post({ param: { id: String(dead.items[0]!.id) } }));
    expect(await workers.mail.tick()).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends no duplicate when a worker dies between its claim and marking the mail sent, nor when two workers tick at once', async () => {
    smtp.received.length = 0;
    await remind(['schoolleider', 'ib', 'procesbegeleider'], 'Vierde herinnering', 'Fourth reminder');
    await workers.delivery.tick();
    // A worker claims the three mails and dies before sending or marking them.
    const claimed = await h.store.mails.claimDue(h.clock.now(), 10, () => new Date(h.clock.now().getTime() + MINUTE));
    expect(claimed).toHaveLength(3);
    const other = createMailWorker({ store: h.store, clock: h.clock, mailer });
    expect(await Promise.all([workers.mail.tick(), other.tick()])).toEqual([{ sent: 0, failed: 0, dead: 0 }, { sent: 0, failed: 0, dead: 0 }]);
    h.clock.advance(MINUTE);
    const [a, b] = await Promise.all([workers.mail.tick(), other.tick()]);
    expect(a.sent + b.sent).toBe(3);
    expect(await Promise.all([workers.mail.tick(), other.tick()])).toEqual([{ sent: 0, failed: 0, dead: 0 }, { sent: 0, failed: 0, dead: 0 }]);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['coach@koers.nl', 'ib@esch.nl', 'leider@esch.nl']);
  });
});

describe('SMTP_URL at start', () => {
  it.each([
    ['http://koers:zeer-geheim-42@mail.example', /het schema moet smtp: of smtps: zijn/],
    ['smtp://koers:zeer-geheim-42@mail.example:99999', /dit is geen URL/],
    ['mail.example met zeer-geheim-42', /dit is geen URL/],
  ])('refuses %s with a Dutch and English message naming SMTP_URL, without the password', async (smtpUrl, reason) => {
    const started = startServer(configFromEnv({ PORT: '0', KOERS_DATA_DIR: 'memory://', KOERS_SEED: '0', SMTP_URL: smtpUrl }), () => {});
    const error = await started.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SmtpUrlInvalid);
    const message = (error as Error).message;
    expect(message).toMatch(/^SMTP_URL is ongeldig: .* \/ SMTP_URL is invalid: /);
    expect(message).toMatch(reason);
    expect(message).not.toContain('zeer-geheim-42');
  });
});
