import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '@koers/testing';
import { type Harness, harness } from './support/harness';

describe('the OpenAPI document', () => {
  let h: Harness;
  let doc: { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
  beforeAll(async () => {
    h = await harness(DATABASES[0]!);
    doc = (await (await h.app.request('/api/openapi.json')).json()) as typeof doc;
  });
  afterAll(() => h?.close());

  it('documents every route registered on the app, with its method', () => {
    const registered = h.app.routes
      // Every route but the redirect from / to the catalogue: the API and the catalogue pages.
      .filter((r) => r.method !== 'ALL' && r.path !== '/')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(registered.length).toBeGreaterThanOrEqual(29);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(registered.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((d) => !registered.includes(d))).toEqual([]);
  });

  it('resolves every $ref to a component schema', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect([...new Set(refs)].filter((name) => doc.components.schemas[name] === undefined)).toEqual([]);
  });

  it('gives the account routes the request schemas they validate with, and the school audit its paging', () => {
    const login = doc.paths['/api/auth/login']!.post as { requestBody: { content: { 'application/json': { schema: { required: string[] } } } } };
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    const audit = doc.paths['/api/schools/{id}/audit']!.get as { parameters: Array<{ name: string }> };
    expect(audit.parameters.map((p) => p.name)).toEqual(['id', 'before', 'limit']);
  });

  it('describes the secret invitation token in a path without an example of one', () => {
    const token = (doc.paths['/api/invitations/{token}']!.get as { parameters: Array<Record<string, unknown>> }).parameters[0]!;
    expect(token).toMatchObject({ name: 'token', in: 'path', required: true });
    expect(JSON.stringify(token)).not.toMatch(/example/i);
    expect(JSON.stringify(doc)).not.toMatch(/[/"][A-Za-z0-9_-]{43}["/]/);
  });

  it('says for every operation who may call it, names each path parameter, and answers in its documented statuses', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Record<string, unknown> })));
    for (const { path, method, op } of ops) {
      const where = `${method} ${path}`;
      expect(['public', 'signed-in', 'admin'], where).toContain(op['x-koers-access']);
      expect(op.summary, where).toMatch(/ \/ /);
      expect(op.description, where).toMatch(/\*\*Wie \/ who:\*\*/);
      if (op['x-koers-access'] === 'public') expect(op.security, where).toEqual([]);
      else expect(Object.keys(op.responses as object), where).toContain('401');
      const declared = ((op.parameters ?? []) as Array<{ name: string; in: string }>).filter((x) => x.in === 'path').map((x) => x.name);
      expect(declared.sort(), where).toEqual([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).sort());
    }
    // Publishing a type and granting roles are for administrators; the document says so.
    expect(doc.paths['/api/types']!.post).toMatchObject({ 'x-koers-access': 'admin' });
  });
});
