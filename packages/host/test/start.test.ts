import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '@koers/store';
import { publishShipped } from '@koers/testing';
import { configFromEnv } from '../src';
import { DEMO_PASSWORD } from '../src';
import { startServer } from '../src';

const tmp = mkdtempSync(join(tmpdir(), 'koers-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Starts the server as `npm start` does, on a free port, and collects what it prints. */
async function started(env: Record<string, string>) {
  const lines: string[] = [];
  const warnings: string[] = [];
  const server = await startServer(configFromEnv({ PORT: '0', ...env }), (line) => lines.push(line), (line) => warnings.push(line));
  return { server, lines, warnings, text: () => lines.join('\n') };
}

describe('npm start', () => {
  it('serves the API with the demo on a fresh data directory, and seeds nothing the second time', async () => {
    const dataDir = join(tmp, 'data');
    const first = await started({ KOERS_DATA_DIR: dataDir });
    let trajectories: unknown[];
    try {
      expect(first.text()).toMatch(/Demo-gegevens aangemaakt\. Log in op http:\/\/127\.0\.0\.1:\d+\/#\/inloggen/);
      expect(first.text()).toMatch(/Demo data created\. Sign in at http/);
      expect(first.text()).toContain('schoolleider.baken@koers.example');
      const login = await fetch(`${first.server.url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'beheer@koers.example', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = /koers_session=[^;]+/.exec(login.headers.getSetCookie().join('\n'))![0];
      trajectories = (await (await fetch(`${first.server.url}/api/trajectories`, { headers: { cookie } })).json()) as unknown[];
      expect(trajectories.length).toBeGreaterThanOrEqual(8);
    } finally {
      await first.server.close();
    }

    const second = await started({ KOERS_DATA_DIR: dataDir });
    try {
      expect(second.text()).not.toContain('Demo-gegevens aangemaakt');
      expect(second.warnings, 'the shipped types, published on the first start, match workflows/').toEqual([]);
      expect(second.text()).toContain('Demo-accounts (al eerder aangemaakt)');
      expect(await second.server.store.users.count()).toBe(24);
      expect(await second.server.store.trajectories.list({ scope: { all: true } })).toHaveLength(trajectories.length);
    } finally {
      await second.server.close();
    }
  }, 60_000);

  it('starts without the demo, and says so, when the catalogue lacks the types it replays', async () => {
    const { server, text } = await started({ KOERS_DATA_DIR: 'memory://', KOERS_ROOT: join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'valid') });
    try {
      expect(text()).toContain('Geen demo: trajectsoort pd-schoolontwikkeling, pdca-kwaliteitskaart, voortgezet-leren ontbreekt');
      expect(await server.store.users.count()).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('leaves a fresh database empty with KOERS_SEED=0', async () => {
    const { server, text } = await started({ KOERS_DATA_DIR: join(tmp, 'empty'), KOERS_SEED: '0' });
    try {
      expect(text()).not.toContain('Demo');
      expect(await server.store.users.count()).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('warns on stderr when a definition in workflows/ differs from the version published under its number', async () => {
    const dataDir = join(tmp, 'drift');
    const store = await createStore({ dataDir });
    await publishShipped(store, 'pd-schoolontwikkeling', (d) => ({ ...d, title: { nl: 'Een oudere titel', en: 'An older title' } }));
    await publishShipped(store, 'voortgezet-leren');
    await store.close();
    const { server, warnings } = await started({ KOERS_DATA_DIR: dataDir, KOERS_SEED: '0' });
    await server.close();
    expect(warnings).toEqual([
      'Waarschuwing / warning: pd-schoolontwikkeling v4 in workflows/ wijkt af van de gepubliceerde v4; geef het versie 5 / differs from the published v4; give it version 5',
    ]);
  }, 60_000);

  it('serves the built web app at / and keeps /api answering in JSON', async () => {
    const web = join(tmp, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Koers web</title>');
    const { server } = await started({ KOERS_DATA_DIR: join(tmp, 'web-data'), KOERS_SEED: '0', KOERS_WEB_ROOT: web });
    try {
      const page = await fetch(`${server.url}/`);
      expect(await page.text()).toContain('Koers web');
      // The static files carry the same security headers as the API.
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const missing = await fetch(`${server.url}/api/bestaat-niet`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
      const old = await fetch(`${server.url}/catalogus`, { redirect: 'manual' });
      expect([old.status, old.headers.get('location')]).toEqual([301, '/#/soorten']);
    } finally {
      await server.close();
    }
  }, 60_000);
});
