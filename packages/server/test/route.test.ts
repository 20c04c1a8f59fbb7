import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../src/auth/options';
import type { Viewer } from '../src/context';
import { isApiError } from '../src/errors';
import { p } from '../src/http/params';
import { route } from '../src/http/route';
import { openApiDocument } from '../src/http/openapi';
import { Localized, named } from '../src/http/schema';

const Answer = named('TestAnswer', Type.Object({ count: Type.Integer(), title: Localized }));
const Body = Type.Object({ name: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const VIEWER: Viewer = { userId: 'u1', email: 'a@b.nl', name: 'A', isAdmin: false, memberships: [], via: 'token' };

/** A small app with declared routes, a settable viewer and the app's error shape. */
function appWith(options: { viewer: Viewer | null; answer: unknown }) {
  const problems: string[] = [];
  const counted = route({
    tag: 'test', summary: 'Tellen / count', access: 'signed-in', who: 'Wie de school mag zien.',
    params: { id: p.id('Id.') }, query: { limit: p.wholeNumber('Hoeveel.', { min: 1, max: 5 }) }, body: Body, errors: [404],
    responses: { 201: { description: 'Geteld.', schema: Answer } },
  });
  const open = route({ tag: 'test', summary: 'Open', access: 'public', responses: { 200: { description: 'Altijd.' } } });
  const admin = route({ tag: 'test', summary: 'Beheer', access: 'admin', responses: { 204: { description: 'Gedaan.' } } });
  const app = new Hono<AuthEnv>()
    .use('*', async (c, next) => {
      c.set('viewer', options.viewer);
      c.set('checkResponses', (problem) => problems.push(problem));
      await next();
    })
    .post('/things/:id', counted.check, async (c) => {
      const { name } = c.req.valid('json');
      const { limit } = c.req.valid('query');
      expect(c.req.valid('param').id).toBe('abc');
      return counted.json(c, 201, (options.answer ?? { count: limit ?? name.length, title: { nl: name, en: name } }) as never);
    })
    .get('/open', open.check, (c) => c.text('ja'))
    .get('/admin', admin.check, (c) => c.body(null, 204));
  app.onError((error, c) => (isApiError(error) ? c.json({ status: error.status, path: error.path }, error.status) : c.json({ crash: String(error) }, 500)));
  const post = (query = '', body: unknown = { name: 'Esch' }) => app.request(`/things/abc${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { app, problems, post };
}

describe('a declared route', () => {
  it('enforces its access: 401 without a viewer, 403 for a non-admin on an admin route, nothing on a public one', async () => {
    const anonymous = appWith({ viewer: null, answer: undefined });
    expect((await anonymous.post()).status).toBe(401);
    expect((await anonymous.app.request('/open')).status).toBe(200);
    const member = appWith({ viewer: VIEWER, answer: undefined });
    expect((await member.app.request('/admin')).status).toBe(403);
    expect((await appWith({ viewer: { ...VIEWER, isAdmin: true }, answer: undefined }).app.request('/admin')).status).toBe(204);
  });

  it('parses its query with the parameter\'s own message and checks its body per field', async () => {
    const { post } = appWith({ viewer: VIEWER, answer: undefined });
    expect(await (await post('?limit=9')).json()).toEqual({ status: 400, path: '/limit' });
    expect(await (await post('', { name: '' })).json()).toEqual({ status: 422, path: '/name' });
    expect(await (await post('', { name: 'x', extra: 1 })).json()).toEqual({ status: 422, path: '/extra' });
    const ok = await post('?limit=3');
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ count: 3, title: { nl: 'Esch', en: 'Esch' } });
  });

  it('reports an answer that breaks its declared schema when answers are checked', async () => {
    const good = appWith({ viewer: VIEWER, answer: undefined });
    await good.post();
    expect(good.problems).toEqual([]);
    const bad = appWith({ viewer: VIEWER, answer: { count: 'veel', title: { nl: 'x', en: 'x' } } });
    expect((await bad.post()).status).toBe(201);
    expect(bad.problems).toEqual([expect.stringMatching(/^POST \/things\/abc: the 201 answer does not match its schema: .*\/count/)]);
  });

  it('is documented from its declaration: parameters, body, answers with named components, errors, who may call it', async () => {
    const { app } = appWith({ viewer: VIEWER, answer: undefined });
    const doc = await openApiDocument(app) as { paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: Record<string, unknown> } };
    const op = doc.paths['/things/{id}']!.post!;
    expect((op.parameters as Array<{ name: string; in: string }>).map((x) => `${x.in}:${x.name}`)).toEqual(['path:id', 'query:limit']);
    expect(op.requestBody).toMatchObject({ content: { 'application/json': { schema: { required: ['name'], additionalProperties: false } } } });
    expect(op.responses).toMatchObject({ 201: { content: { 'application/json': { schema: { $ref: '#/components/schemas/TestAnswer' } } } } });
    expect(Object.keys(op.responses as object).sort()).toEqual(['201', '400', '401', '404', '413', '422']);
    expect(op['x-koers-access']).toBe('signed-in');
    expect(op.description).toContain('Wie de school mag zien.');
    expect(doc.components.schemas.TestAnswer).toMatchObject({ properties: { title: { $ref: '#/components/schemas/Localized' } } });
    expect(doc.paths['/open']!.get!.security).toEqual([]);
    expect(Object.keys(doc.paths['/admin']!.get!.responses as object)).toEqual(expect.arrayContaining(['401', '403']));
  });
});
