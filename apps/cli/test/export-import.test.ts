import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createStore } from '@koers/store';
import { createApp } from '@koers/server';
import { publishShipped } from '@koers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../src/json-format';
import { run } from './run';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'koers-export-'));
const data = join(tmp, 'data');
const shipped = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
/** The version of voortgezet-leren in workflows/ (published by publishShipped); the tests publish the next ones. */
const VL = shipped('workflows/voortgezet-leren.json').version as number;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('koers export and import on a data dir', () => {
  beforeAll(async () => {
    const store = await createStore({ dataDir: data });
    await publishShipped(store, 'voortgezet-leren');
    await store.close();
  }, 180_000);

  it('exports the newest version as one bundle, and split into workflows/ and forms/ that validate as they are', async () => {
    const out = join(tmp, 'vl.json');
    expect((await run('export', 'voortgezet-leren', '--data-dir', data, '--out', out)).code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.definition).toEqual(shipped('workflows/voortgezet-leren.json'));
    expect(JSON.stringify(bundle.definition)).toBe(JSON.stringify(shipped('workflows/voortgezet-leren.json')));

    const split = join(tmp, 'split');
    const result = await run('export', 'voortgezet-leren', '--version', String(VL), '--data-dir', data, '--split', split);
    expect(result.code).toBe(0);
    const workflow = readFileSync(join(split, 'workflows', 'voortgezet-leren.json'), 'utf8');
    expect(workflow).toBe(formatJson(bundle.definition));
    expect(JSON.parse(workflow)).toEqual(bundle.definition);
    for (const form of bundle.forms) expect(JSON.parse(readFileSync(join(split, 'forms', `${form.id}.json`), 'utf8'))).toEqual(form);
    expect((await run('validate', join(split, 'workflows'), join(split, 'forms'))).code).toBe(0);
  }, 120_000);

  it('says which type or version does not exist, with exit 1, and writes nothing', async () => {
    const out = join(tmp, 'niets.json');
    const result = await run('export', 'bestaat-niet', '--data-dir', data, '--out', out);
    expect([result.code, result.err]).toEqual([1, 'koers export: trajectsoort "bestaat-niet" bestaat niet / does not exist']);
    expect((await run('export', 'voortgezet-leren', '--version', '9', '--data-dir', data, '--out', out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect((await run('export', 'voortgezet-leren', '--version', 'twee', '--data-dir', data)).code).toBe(2);
  }, 120_000);

  it('publishes a bundle once, and a workflow file with the forms beside it as a draft', async () => {
    const bundle = JSON.parse(readFileSync(join(tmp, 'vl.json'), 'utf8'));
    bundle.definition.version = VL + 1;
    const file = join(tmp, 'vl-next.json');
    writeFileSync(file, JSON.stringify(bundle));
    expect(await run('import', file, '--data-dir', data, '--note', 'Via de CLI'))
      .toMatchObject({ code: 0, out: `gepubliceerd / published: voortgezet-leren v${VL + 1}` });
    const again = await run('import', file, '--data-dir', data);
    expect(again.code).toBe(1);
    expect(again.err).toContain('al gepubliceerd');

    const draft = await run('import', join(tmp, 'split', 'workflows', 'voortgezet-leren.json'), '--data-dir', data, '--draft');
    expect(draft).toMatchObject({ code: 0, out: 'concept / draft: voortgezet-leren (revisie / revision 1)' });
    expect((await run('import', join(tmp, 'split', 'workflows', 'voortgezet-leren.json'), '--data-dir', data, '--draft')).code).toBe(1);
    const store = await createStore({ dataDir: data });
    try {
      expect(await store.typeVersions.get('voortgezet-leren', VL + 1)).toMatchObject({ note: 'Via de CLI' });
      expect(await store.typeDrafts.get('voortgezet-leren')).toMatchObject({ basedOn: VL + 1, revision: 1 });
    } finally {
      await store.close();
    }
  }, 120_000);

  it('refuses a broken bundle with one file:pointer line per problem, exit 1, and nothing written', async () => {
    const bundle = JSON.parse(readFileSync(join(tmp, 'vl.json'), 'utf8'));
    bundle.definition.version = VL + 2;
    const first = Object.keys(bundle.definition.machine.states)[0]!;
    bundle.definition.machine.states[first].always = [{ target: first, guard: { type: 'stiekemeGuard' } }];
    const file = join(tmp, 'kapot.json');
    writeFileSync(file, JSON.stringify(bundle));
    const result = await run('import', file, '--data-dir', data);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:/definition/machine/states/${first}/always/0/guard.*\\[unknown-guard\\]$`));
    writeFileSync(join(tmp, 'proto.json'), '{"definition":{"__proto__":{}},"forms":[]}');
    const proto = await run('import', join(tmp, 'proto.json'), '--data-dir', data);
    expect([proto.code, proto.err]).toEqual([1, expect.stringMatching(/proto\.json:\/definition\/__proto__: .*\[forbidden-key\]/)]);
    const store = await createStore({ dataDir: data });
    try {
      expect(await store.typeVersions.get('voortgezet-leren', VL + 2)).toBeUndefined();
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('koers export and import against a running server', () => {
  const secret = `koers_${randomBytes(32).toString('base64url')}`;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const store = await createStore({ dataDir: 'memory://' });
    await publishShipped(store, 'voortgezet-leren');
    const admin = await store.users.create({ email: 'admin@koers.nl', name: 'Anna Admin', isAdmin: true });
    await store.apiTokens.create({ userId: admin.id, name: 'cli', tokenHash: createHash('sha256').update(secret).digest('hex'), expiresAt: new Date('2100-01-01') });
    const app = createApp({ catalogue: { definitions: [], forms: new Map() }, store, clock: { now: () => new Date() } });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    };
  }, 120_000);
  afterAll(() => close());

  it('exports what GET /api/types/:id serves, imports it back as a draft, and needs an admin token to write', async () => {
    const exported = await run('export', 'voortgezet-leren', '--server', url);
    expect(exported.code).toBe(0);
    const served = await (await fetch(`${url}/api/types/voortgezet-leren`)).json();
    expect(JSON.parse(exported.out)).toEqual(served);
    const file = join(tmp, 'server.json');
    writeFileSync(file, exported.out);

    const anonymous = await run('import', file, '--server', url, '--draft');
    expect([anonymous.code, anonymous.err]).toEqual([1, expect.stringContaining('401')]);
    const draft = await run('import', file, '--server', url, '--token', secret, '--draft');
    expect(draft).toMatchObject({ code: 0, out: 'concept / draft: voortgezet-leren (revisie / revision 1)' });
    const replaced = await run('import', file, '--server', url, '--token', secret, '--draft', '--replace');
    expect(replaced.out).toBe('concept / draft: voortgezet-leren (revisie / revision 2)');

    const bundle = JSON.parse(exported.out);
    bundle.forms[0].examples = [{ onzin: true }];
    bundle.definition.version = VL + 1;
    writeFileSync(file, JSON.stringify(bundle));
    const refused = await run('import', file, '--server', url, '--token', secret);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`server\\.json:/forms/0/examples/0.*\\[bad-example\\]`));
    expect((await fetch(`${url}/api/types/voortgezet-leren?version=${VL + 1}`)).status).toBe(404);
  }, 120_000);
});
