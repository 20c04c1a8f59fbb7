import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@koers/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../apps/cli/src/main';
import { DATABASES, apiToken as token, postgresAvailable, type ServerProcess, startServer, stopServer } from '@koers/testing';

const fixture = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'crash', file), 'utf8')) as unknown;
const WORKERS = 8;
const TRAJECTORIES = 4;
/** Kill the server once this many events are acknowledged: well inside the stream. */
const KILL_AFTER = 150;
const MAX_REQUESTS = 3_000;
const NOTE = 'Notitie bij de crashtest. '.repeat(40);

interface Ack { trajectoryId: string; seq: number; note: number }

for (const database of DATABASES) {
  describe.runIf(database.name === 'pglite' || (await postgresAvailable()))(`the server killed with SIGKILL mid-stream (${database.name})`, () => {
    let env: Record<string, string>;
    let verifyArgs: string[];
    let dir: string | undefined;
    const admin = token();
    const ib = token();
    let schoolId: string;
    let server: ServerProcess | undefined;

    beforeAll(async () => {
      if (database.name === 'pglite') {
        dir = mkdtempSync(join(tmpdir(), 'koers-crash-'));
        env = { KOERS_DATA_DIR: dir, DATABASE_URL: '', KOERS_SEED: '0' };
        verifyArgs = ['--data-dir', dir];
      } else {
        const { url } = await database.create();
        env = { DATABASE_URL: url!, KOERS_SEED: '0' };
        verifyArgs = ['--database-url', url!];
      }
      // The people and the school exist before the server starts (PGlite lets one process in at a time).
      const store = await createStore(dir ? { dataDir: dir } : { url: env.DATABASE_URL! });
      const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Crash' });
      schoolId = (await store.organisations.create({ kind: 'school', name: 'De Kering', parentId: bestuur.id })).id;
      const a = await store.users.create({ email: 'admin@crash.nl', name: 'Beheer', isAdmin: true });
      const i = await store.users.create({ email: 'ib@crash.nl', name: 'Ib de Kering' });
      await store.memberships.add({ userId: i.id, organisationId: schoolId, role: 'ib' });
      const expiresAt = new Date(Date.now() + 86_400_000);
      await store.apiTokens.create({ userId: a.id, name: 'crash', tokenHash: admin.hash, expiresAt });
      await store.apiTokens.create({ userId: i.id, name: 'crash', tokenHash: ib.hash, expiresAt });
      await store.close();
    }, 120_000); // a fresh PGlite on disk: initdb, migrations and fsyncs take several seconds on a busy machine
    afterAll(async () => {
      if (server) await stopServer(server);
      if (dir) rmSync(dir, { recursive: true, force: true });
      await database.cleanup();
    });

    const call = (base: string, secret: string, method: string, path: string, body?: unknown) => fetch(`${base}${path}`, {
      method, headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

    it('keeps every acknowledged event, with no gap in any log, and koers verify is clean after the restart', async () => {
      server = await startServer(env);
      const base = server.url;
      const published = await call(base, admin.secret, 'POST', '/api/types', { definition: fixture('workflows/logboek.json'), forms: [fixture('forms/logboek-notitie.json')] });
      expect(published.status, await published.clone().text()).toBe(201);
      const ids: string[] = [];
      for (let n = 0; n < TRAJECTORIES; n++) {
        const res = await call(base, ib.secret, 'POST', '/api/trajectories', { typeId: 'logboek', schoolId });
        expect(res.status).toBe(201);
        ids.push(((await res.json()) as { id: string }).id);
      }

      // Two writers per trajectory, so some submits race and get 409; every 201 is an acknowledged event.
      const acks: Ack[] = [];
      let sent = 0;
      let refused = 0;
      let killed = false;
      let note = 0;
      const victim = server;
      const worker = async (trajectoryId: string) => {
        let version = 1;
        while (sent < MAX_REQUESTS) {
          sent++;
          const mine = ++note;
          let res: Response;
          try {
            res = await call(base, ib.secret, 'POST', `/api/trajectories/${trajectoryId}/events`, { type: 'NOTITIE', expectedVersion: version, data: { tekst: NOTE, volgnummer: mine } });
          } catch {
            return; // The server is gone: this request may or may not have been written, but it was never acknowledged.
          }
          const answer = (await res.json().catch(() => null)) as { event?: { seq: number }; error?: { details?: { currentVersion?: number } } } | null;
          if (res.status === 201) {
            acks.push({ trajectoryId, seq: answer!.event!.seq, note: mine });
            version = answer!.event!.seq;
            if (acks.length >= KILL_AFTER && !killed) {
              killed = true;
              victim.child.kill('SIGKILL');
            }
          } else if (res.status === 409) {
            refused++;
            version = answer?.error?.details?.currentVersion ?? version;
          } else {
            throw new Error(`unexpected ${res.status}: ${JSON.stringify(answer)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, (_, n) => worker(ids[n % TRAJECTORIES]!)));
      expect(killed).toBe(true);
      expect(await victim.exited).toBe('SIGKILL');

      server = await startServer(env);
      let written = 0;
      for (const id of ids) {
        const res = await call(server.url, ib.secret, 'GET', `/api/trajectories/${id}/events`);
        expect(res.status).toBe(200);
        const log = (await res.json()) as Array<{ seq: number; type: string; data: { volgnummer?: number } | null }>;
        expect(log.map((e) => e.seq)).toEqual(log.map((_, n) => n + 1));
        const bySeq = new Map(log.map((e) => [e.seq, e.data?.volgnummer]));
        for (const ack of acks.filter((a) => a.trajectoryId === id)) expect(bySeq.get(ack.seq), `${id} seq ${ack.seq}`).toBe(ack.note);
        written += log.length - 1;
      }
      console.log(`[crash ${database.name}] ${sent} submits, ${acks.length} acknowledged, ${refused} refused with 409, ${written} in the logs after restart (${written - acks.length} written but never acknowledged)`);
      expect(written).toBeGreaterThanOrEqual(acks.length);

      expect(await stopServer(server)).not.toBe('SIGKILL');
      server = undefined;
      const out: string[] = [];
      const code = await main(['verify', ...verifyArgs], { out: (l) => out.push(l), err: (l) => out.push(l) });
      expect(out.join('\n')).toMatch(new RegExp(`^${TRAJECTORIES} trajecten gecontroleerd .*: alles klopt$`));
      expect(code).toBe(0);
    }, 180_000);
  });
}
