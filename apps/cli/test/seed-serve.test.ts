import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@koers/store';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASES, postgresAvailable } from '@koers/testing';
import { run } from './run';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'koers-seed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('koers seed', () => {
  it('fills an empty data directory with the demo and prints the accounts', async () => {
    const dataDir = join(tmp, 'fresh');
    const result = await run('seed', '--data-dir', dataDir);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/PGlite in .*fresh: 1 bestuur, 8 scholen, 24 accounts, 11 trajecten/);
    expect(result.out).toContain('procesbegeleider@koers.example');
    expect(result.out).toContain(`koers serve --data-dir ${dataDir}`);

    const again = await run('seed', '--data-dir', dataDir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('is niet leeg');
    expect(again.err).toContain('is not empty');
    expect(again.out).toBe('');
  }, 120_000);

  it('refuses a PGlite database that already has an account, and changes nothing', async () => {
    const dataDir = join(tmp, 'used');
    const store = await createStore({ dataDir });
    await store.users.create({ email: 'iemand@school.nl', name: 'Iemand' });
    await store.close();
    const result = await run('seed', '--data-dir', dataDir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/niet leeg[\s\S]*not empty/);
    const after = await createStore({ dataDir });
    try {
      expect(await after.users.count()).toBe(1);
      expect(await after.organisations.list()).toEqual([]);
    } finally {
      await after.close();
    }
  }, 120_000);

  it('refuses wrong usage with exit 2', async () => {
    expect((await run('seed', 'extra.json')).code).toBe(2);
    expect((await run('serve', '--port', 'abc')).code).toBe(2);
  });
});

const postgres = DATABASES.find((d) => d.name === 'postgres')!;
describe.runIf(await postgresAvailable())('koers seed on PostgreSQL', () => {
  afterAll(() => postgres.cleanup());

  it('seeds an empty database named by --database-url once, then refuses it', async () => {
    const { url } = await postgres.create();
    const first = await run('seed', '--database-url', url!);
    expect(first.code).toBe(0);
    expect(first.out).toContain('PostgreSQL (DATABASE_URL): 1 bestuur, 8 scholen');
    expect(first.out).not.toContain(url!);
    const second = await run('seed', '--database-url', url!);
    expect(second.code).toBe(1);
    expect(second.err).toContain('is not empty');
  }, 60_000);
});

describe('koers serve', () => {
  it('runs the server as npm start does: web app built, demo seeded, demo accounts sign in, SIGTERM stops it cleanly', async () => {
    const dataDir = join(tmp, 'serve');
    // A web root with no build in it, as in a fresh clone: serve builds the web app there before it listens.
    const webRoot = join(tmp, 'web');
    const child = spawn(process.execPath, [join(root, 'apps/cli/bin/koers.js'), 'serve', '--port', '0', '--data-dir', dataDir], {
      cwd: root, env: { ...process.env, KOERS_SEED: '1', KOERS_WEB_ROOT: webRoot }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.stderr.on('data', (chunk) => (out += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /runs at (http:\/\/\S+)/.exec(out);
          if (match && out.includes('werkgroep.horizon@koers.example')) {
            clearInterval(timer);
            resolve(match[1]!);
          }
        }, 50);
        void exited.then(() => reject(new Error(`koers serve exited early:\n${out}`)));
      });
      expect(out).toContain('Demo-gegevens aangemaakt');
      expect(out).toContain('Webapp gebouwd');
      const home = await fetch(url, { redirect: 'manual' });
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<div id="root"');
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'schoolleider.horizon@koers.example', password: 'koers-demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = /koers_session=[^;]+/.exec(login.headers.getSetCookie().join('\n'))![0];
      const list = (await (await fetch(`${url}/api/trajectories`, { headers: { cookie } })).json()) as Array<{ school: { name: string }; overdue: boolean }>;
      expect(list.map((t) => [t.school.name, t.overdue])).toEqual([['Horizon Lyceum', true]]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'koers.lock'))).toBe(false);
  }, 180_000);
});
