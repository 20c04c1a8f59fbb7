import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@koers/store';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASES, postgresAvailable } from '@koers/testing';
import { run } from './run';

const tmp = mkdtempSync(join(tmpdir(), 'koers-backup-'));
const postgres = DATABASES.find((d) => d.name === 'postgres')!;
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await postgres.cleanup();
});

/** A backup's rows per table, sorted: two backups of equal databases give equal tables. */
function tablesOf(file: string): Record<string, string[]> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const tables: Record<string, string[]> = Object.fromEntries((JSON.parse(header!) as { tables: string[] }).tables.map((t) => [t, []]));
  for (const line of lines.slice(0, -1)) tables[(JSON.parse(line) as { table: string }).table]!.push(line);
  for (const rows of Object.values(tables)) rows.sort();
  return tables;
}

describe.runIf(await postgresAvailable())('koers backup and koers restore', () => {
  const file = (name: string) => join(tmp, name);

  it('carry every table from PGlite to PostgreSQL and back unchanged, and verify stays clean', async () => {
    const source = file('bron');
    expect((await run('seed', '--data-dir', source)).code).toBe(0);
    // The demo leaves these tables empty: give each a row, so every table makes the round trip.
    const store = await createStore({ dataDir: source });
    const user = await store.users.findByEmail('beheer@koers.example');
    const [organisation] = await store.organisations.list();
    await store.sessions.create({ idHash: 'sessie-hash', userId: user!.id, csrfToken: 'csrf', expiresAt: new Date('2030-01-01T00:00:00Z') });
    await store.apiTokens.create({ userId: user!.id, name: 'script', tokenHash: 'token-hash', expiresAt: new Date('2030-01-01T00:00:00Z') });
    await store.invitations.create({
      tokenHash: 'uitnodiging-hash', email: 'nieuw@school.nl', organisationId: organisation!.id, role: 'ib', invitedBy: user!.id,
      expiresAt: new Date('2030-01-01T00:00:00Z'), now: new Date(),
    });
    // A failed sign-in fills both throttle tables (per account and per address).
    await store.logins.reserve('beheer@koers.example', new Date(), { freeFailures: 5, maxDelayMs: 900_000 });
    await store.logins.failed('beheer@koers.example', 'adres-hash', new Date(), new Date(0));
    // An admin's unpublished type, with its keys in the order written.
    await store.typeDrafts.create({ typeId: 'concept-soort', basedOn: null, definition: { id: 'concept-soort', version: 1, title: { nl: 'Concept', en: 'Draft' } }, forms: [], at: new Date(), by: user!.id });
    // Time (issue 12): a studiedag, a calendar feed, someone's mail settings, a notification and a mail held for the admin.
    await store.calendarDays.add({ organisationId: organisation!.id, date: '2026-11-12', title: 'Studiedag', by: user!.id, now: new Date() });
    await store.calendarFeeds.replace(user!.id, 'feed-hash', new Date());
    await store.userSettings.put(user!.id, { lang: 'en', mail: 'digest' });
    const [trajectory] = await store.trajectories.list({ scope: { all: true }, limit: 1 });
    const effect = await store.effects.add({ trajectoryId: trajectory!.id, effect: { type: 'notify', roles: ['ib'], message: { nl: 'Let op', en: 'Note' } }, at: new Date() });
    const notified = await store.notifications.add({
      userId: user!.id, trajectoryId: trajectory!.id, schoolId: trajectory!.school.id, kind: 'notify', step: null, title: { nl: 'Let op', en: 'Note' }, body: null,
      effectId: effect.id, at: new Date(),
    });
    expect(notified).toBeDefined();
    // Issue 13: a sign-off link waiting to be used (only its hash is ever stored).
    await store.signoffs.request({
      trajectoryId: trajectory!.id, key: 'mr', name: 'Ouder', role: 'ouder', email: null, tokenHash: 'signoff-hash',
      expiresAt: new Date('2030-01-01T00:00:00Z'), by: user!.id, now: new Date(),
    });
    await store.mails.add({ userId: user!.id, to: 'beheer@koers.example', lang: 'nl', subject: 'Onderwerp', text: 'Tekst', html: '<p>Tekst</p>', status: 'held', source: 'backup-test', at: new Date() });
    await store.close();

    const backup = await run('backup', file('a.jsonl'), '--data-dir', source);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    const original = tablesOf(file('a.jsonl'));
    expect(Object.entries(original).filter(([, rows]) => rows.length === 0).map(([table]) => table)).toEqual([]);

    const { url } = await postgres.create();
    expect((await run('restore', file('a.jsonl'), '--database-url', url!)).code).toBe(0);
    expect((await run('verify', '--database-url', url!)).code).toBe(0);
    expect((await run('backup', file('b.jsonl'), '--database-url', url!)).code).toBe(0);
    expect(tablesOf(file('b.jsonl'))).toEqual(original);
    // Serial ids go on after the restored rows: a new audit entry gets a fresh id.
    const restored = await createStore({ url: url! });
    await restored.audit.append({ at: new Date(), actorId: null, action: 'na-terugzetten' });
    await restored.close();

    const target = file('doel');
    expect((await run('restore', file('b.jsonl'), '--data-dir', target)).code).toBe(0);
    expect((await run('verify', '--data-dir', target)).code).toBe(0);
    expect((await run('backup', file('c.jsonl'), '--data-dir', target)).code).toBe(0);
    expect(tablesOf(file('c.jsonl'))).toEqual(original);

    const again = await run('restore', file('a.jsonl'), '--database-url', url!);
    expect(again.code).toBe(1);
    expect(again.err).toContain('de database is niet leeg');
    expect(again.err).toContain('the database is not empty');
  }, 180_000);

  it('refuses a backup that was cut short, and leaves the database empty', async () => {
    const lines = readFileSync(file('a.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(file('kort.jsonl'), `${lines.slice(0, -5).join('\n')}\n`);
    const { url } = await postgres.create();
    const result = await run('restore', file('kort.jsonl'), '--database-url', url!);
    expect(result.code).toBe(1);
    expect(result.err).toContain('de reservekopie is niet compleet');
    expect((await run('backup', file('leeg.jsonl'), '--database-url', url!)).out).toContain(': 0 rijen / rows');
  }, 60_000);
});
