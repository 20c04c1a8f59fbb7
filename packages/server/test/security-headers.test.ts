import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { createApp } from '../src';
import { answer, harness } from './support/harness';

/** Our own files only, never inline; eval for Ajv's compiled validators (security.ts). */
const SCRIPT_SRC = ["'self'", "'unsafe-eval'"];

/** What every response must say, whatever it is. */
function expectSecurityHeaders(res: Response, what: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(['no-referrer', 'same-origin'], what).toContain(res.headers.get('referrer-policy'));
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  return csp;
}

/** The directive `name` of a policy, as its list of sources. */
function directive(csp: string, name: string): string[] | undefined {
  const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

await forEachDatabase('security headers', harness, (h) => {
  it('sends a strict policy with every API answer: success, refusal and not found', async () => {
    const admin = await h.as('admin@koers.nl');
    for (const [what, res] of [
      ['health', await h.app.request('/api/health')],
      ['types', await admin.request('GET', '/api/types')],
      ['refusal', await h.app.request('/api/trajectories')],
      ['not found', await h.app.request('/api/bestaat-niet')],
      ['unprocessable', await admin.request('POST', '/api/tokens', { naam: 'x' })],
    ] as const) {
      const csp = expectSecurityHeaders(res, what);
      expect(directive(csp, 'script-src'), what).toEqual(SCRIPT_SRC);
      expect(directive(csp, 'object-src'), what).toEqual(["'none'"]);
    }
  });

  it('sends the catalogue\'s old address on with the same headers', async () => {
    const res = await h.app.request('/catalogus');
    expect(res.status).toBe(301);
    expectSecurityHeaders(res, 'catalogue redirect');
  });

  it('serves SVG diagrams under a policy that allows no script at all, only their own inline styles', async () => {
    const admin = await h.as('admin@koers.nl');
    const { id } = await answer(admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId: h.world.schoolA.id } }), 201);
    for (const path of ['/api/types/matrix/diagram?format=svg', `/api/trajectories/${id}/diagram?format=svg`, '/api/overview/diagram?typeId=matrix&format=svg']) {
      const res = await admin.request('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^image\/svg\+xml/);
      const csp = expectSecurityHeaders(res, path);
      expect(directive(csp, 'default-src'), path).toEqual(["'none'"]);
      expect(directive(csp, 'script-src'), path).toBeUndefined();
      expect(directive(csp, 'style-src'), path).toEqual(["'unsafe-inline'"]);
    }
  });

  it('puts the same headers on the web app the edge serves', async () => {
    const app = createApp({
      catalogue: { definitions: [], forms: new Map() }, store: h.store, clock: h.clock,
      web: async (c) => c.html('<!doctype html><title>Koers</title><script type="module" src="/assets/index.js"></script>'),
    });
    const res = await app.request('/');
    const csp = expectSecurityHeaders(res, 'web');
    expect(directive(csp, 'script-src')).toEqual(SCRIPT_SRC);
    expect(directive(csp, 'connect-src')).toEqual(["'self'"]);
  });
});
