import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { PASSWORD, testApp } from './support/harness';

/** One request over real HTTP; `chunked` sends the body without a Content-Length, as a stream. */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: string, chunked = false) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: body !== undefined && !chunked ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined && chunked) {
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.slice(i, i + 16 * 1024));
    }
    req.end(body !== undefined && !chunked ? body : undefined);
  });
}

// The app as `koers serve` runs it: on @hono/node-server, whose light request and answer objects the body limit and
// the request id must leave light (and still do their work).
await forEachDatabase('the app over real HTTP', async (database) => {
  const world = await testApp(database, 'test/fixtures/valid');
  await world.person('admin@koers.nl', [], true);
  return world;
}, (w) => {
  let port = 0;
  let server: ReturnType<typeof serve>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    server = serve({ fetch: w.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
    const login = await send(port, 'POST', '/api/auth/login', { 'content-type': 'application/json' }, JSON.stringify({ email: 'admin@koers.nl', password: PASSWORD }));
    expect(login.status).toBe(200);
    const cookie = /koers_session=[^;]*/.exec(String(login.headers['set-cookie']))![0];
    admin = { 'content-type': 'application/json', cookie, 'x-csrf-token': (JSON.parse(login.text) as { csrfToken: string }).csrfToken };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a body over the limit by its Content-Length, and one sent in chunks as it streams in; nothing is written', async () => {
    const before = await w.store.organisations.list();
    const big = JSON.stringify({ kind: 'bestuur', name: 'x'.repeat(100 * 1024) });
    for (const chunked of [false, true]) {
      const res = await send(port, 'POST', '/api/organisations', admin, big, chunked);
      expect(res.status, chunked ? 'chunked' : 'content-length').toBe(413);
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'payload-too-large', message: { nl: expect.stringContaining('te groot') } } });
      expect(res.headers['x-request-id']).toBeDefined();
    }
    expect(await w.store.organisations.list()).toEqual(before);
  });

  it('reads a body within the limit, given by its length or in chunks, and answers with the request id', async () => {
    for (const chunked of [false, true]) {
      const res = await send(port, 'POST', '/api/organisations', admin, JSON.stringify({ kind: 'bestuur', name: `Stichting ${chunked ? 'Stroom' : 'Lengte'}` }), chunked);
      expect(res.status, res.text).toBe(201);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const missing = await send(port, 'GET', '/api/nothing-here', {});
    expect(missing.status).toBe(404);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(w.requests.at(-1)).toEqual(expect.objectContaining({ method: 'GET', path: '/api/nothing-here', status: 404, requestId: missing.headers['x-request-id'] }));
  });
});
