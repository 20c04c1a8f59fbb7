import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { type TestDatabase, forEachDatabase } from '@koers/testing';
import { createApp } from '../src';
import { PASSWORD, signedIn, testApp } from './support/harness';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function logged(database: TestDatabase) {
  const world = await testApp(database, 'test/fixtures/valid');
  const school = await world.store.organisations.create({ kind: 'school', name: 'De Esch' });
  const leader = await world.person('leider@esch.nl', [[school, 'schoolleider']]);
  return { ...world, school, leader };
}

await forEachDatabase('request log', logged, (w) => {
  const last = () => w.requests.at(-1)!;

  it('names every answered request by an id that the answer carries too, with method, path, status and time', async () => {
    const res = await w.app.request('/healthz');
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(last()).toEqual({ requestId: id, method: 'GET', path: '/healthz', status: 200, ms: expect.any(Number) });
    const other = await w.app.request('/api/nothing-here');
    expect(other.headers.get('x-request-id')).not.toBe(id);
    expect(last()).toEqual(expect.objectContaining({ path: '/api/nothing-here', status: 404 }));
  });

  it('says who asked by id only, and never logs a query string, a secret in the path, a body or a password', async () => {
    const leader = await signedIn(w.app, 'leider@esch.nl');
    const before = w.requests.length;
    await leader.request('GET', `/api/trajectories?schoolId=${w.school.id}`);
    expect(last()).toEqual(expect.objectContaining({ method: 'GET', path: '/api/trajectories', status: 200, userId: w.leader.id }));
    const token = randomBytes(32).toString('base64url');
    await w.app.request(`/api/invitations/${token}`);
    await w.app.request(`/api/calendar/${token}.ics`);
    await w.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'leider@esch.nl', password: PASSWORD }) });
    const lines = JSON.stringify(w.requests.slice(before));
    for (const secret of [token, w.school.id, PASSWORD, 'leider@esch.nl', '?']) expect(lines).not.toContain(secret);
    expect(w.requests.slice(before).map((r) => r.path)).toEqual(['/api/trajectories', '/api/invitations/[geheim]', '/api/calendar/[geheim]', '/api/auth/login']);
  });

  it("takes a proxy's plain X-Request-Id only behind a trusted proxy", async () => {
    const plain = 'lb-7f3a9c2e-0001';
    expect((await w.app.request('/healthz', { headers: { 'x-request-id': plain } })).headers.get('x-request-id')).toMatch(UUID);
    const seen: string[] = [];
    const behind = createApp({ catalogue: { definitions: [], forms: new Map() }, store: w.store, clock: w.clock, trustRequestId: true, logRequest: (e) => seen.push(e.requestId) });
    expect((await behind.request('/healthz', { headers: { 'x-request-id': plain } })).headers.get('x-request-id')).toBe(plain);
    for (const odd of ['kort', 'met spatie en meer', `${'x'.repeat(129)}`, 'a"b<script>c']) {
      expect((await behind.request('/healthz', { headers: { 'x-request-id': odd } })).headers.get('x-request-id'), odd).toMatch(UUID);
    }
    expect(seen[0]).toBe(plain);
  });
});
