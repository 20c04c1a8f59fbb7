import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { formatErrorReport, redactPath } from '../src';
import { PASSWORD, answer, errorOf } from './support/harness';
import { PD, shippedWorld } from './support/world';

await forEachDatabase('error reports', shippedWorld, (w) => {
  /** A constraint the application does not know of: the database refuses the write, the app answers 500. */
  const refuse = (table: string, check: string) =>
    w.store.connection.db.execute(sql.raw(`alter table ${table} add constraint test_refuse_${table} check (${check})`) as never);
  const log = () => w.reports.map((r) => formatErrorReport(r, w.clock.now())).join('\n');

  it('logs a failed invitation acceptance with class, SQL state and request id, but no hash, e-mail, name or token', async () => {
    await refuse('users', `name <> 'Botsende Naam'`);
    const token = randomBytes(32).toString('base64url');
    await w.store.invitations.create({
      tokenHash: createHash('sha256').update(token).digest('hex'), email: 'nieuw.geheim@esch.nl', name: '', organisationId: w.world.schoolA.id,
      role: 'ib', invitedBy: w.people.admin.id, expiresAt: new Date(w.clock.now().getTime() + 86_400_000), now: w.clock.now(),
    });
    const before = w.reports.length;
    const res = await w.app.request(`/api/invitations/${token}/accept`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Botsende Naam', password: PASSWORD }),
    });
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(res.headers.get('x-request-id')).toBe(error.requestId);
    expect(w.reports.length).toBe(before + 1);
    // The request's own log line names the same request.
    expect(w.requests.at(-1)).toEqual(expect.objectContaining({ requestId: error.requestId, path: '/api/invitations/[geheim]/accept', status: 500 }));
    const line = formatErrorReport(w.reports.at(-1)!, w.clock.now());
    expect(line).toContain(`POST /api/invitations/[geheim]/accept request=${error.requestId}`);
    expect(line).toMatch(/DrizzleQueryError < \w+ sqlstate=23514/);
    for (const secret of [token, '$scrypt$', 'nieuw.geheim@esch.nl', 'Botsende Naam', PASSWORD, 'insert into', 'params']) expect(line).not.toContain(secret);
  });

  it('logs a failed form submission without the form answers', async () => {
    await refuse('events', `data is null or data->>'beginsituatie' <> 'Een geheim antwoord'`);
    const ib = await w.as('ib@esch.nl');
    const view = await answer(ib.api.trajectories.$post({ json: { typeId: PD, schoolId: w.world.schoolA.id } }), 201);
    const data = { ...w.example('pd-schoolontwikkelingsformulier'), beginsituatie: 'Een geheim antwoord' };
    const res = await ib.request('POST', `/api/trajectories/${view.id}/events`, { type: 'SCHOOLFORMULIER_INDIENEN', data, expectedVersion: 1 });
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    const line = formatErrorReport(w.reports.at(-1)!, w.clock.now());
    expect(line).toMatch(new RegExp(`POST /api/trajectories/${view.id}/events request=${error.requestId} .*sqlstate=23514`));
    expect(log()).not.toContain('Een geheim antwoord');
    expect(log()).not.toContain('Marieke de Vries');
  });
});

it('redacts invitation tokens and anything shaped like a secret in a logged path', () => {
  const secret = 'A'.repeat(43);
  expect(redactPath(`/api/invitations/${secret}/accept`)).toBe('/api/invitations/[geheim]/accept');
  expect(redactPath('/api/invitations/kort')).toBe('/api/invitations/[geheim]');
  expect(redactPath('/api/invitations/options')).toBe('/api/invitations/options');
  expect(redactPath(`/uitnodiging/${secret}`)).toBe('/uitnodiging/[geheim]');
  expect(redactPath(`/api/iets/koers_${secret}`)).toBe('/api/iets/[geheim]');
  expect(redactPath('/api/trajectories/0b7e3f52-5a8e-4c1e-9d3c-2f4b6a8c0d1e/events')).toBe('/api/trajectories/0b7e3f52-5a8e-4c1e-9d3c-2f4b6a8c0d1e/events');
});
