import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../src';
import { forEachDatabase } from '@koers/testing';
import { shippedWorld } from './support/world';
import { Agent, answer, errorOf } from './support/harness';

const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/valid', path), 'utf8'));
/** The mini fixture as a new type with room for one trajectory at a time. */
function miniVol(version = 1) {
  const definition = fixture('workflows/mini.json');
  definition.id = 'mini-vol';
  definition.version = version;
  definition.machine.id = 'miniVol';
  definition.capacity = { max: 1, message: { nl: 'Vol is vol: er loopt al een traject.', en: 'Full is full: a trajectory is already running.' } };
  return { definition, forms: [fixture('forms/mini-intake.json')] };
}

await forEachDatabase('publishing trajectory types', shippedWorld, (w) => {
  it('publishes the shipped types into an empty database on first use, with their forms and in their written order', async () => {
    const anyone = new Agent(w.app);
    const list = await answer(anyone.api.types.$get());
    expect(list.map((t) => t.id).sort()).toEqual(['pd-schoolontwikkeling', 'pdca-kwaliteitskaart', 'voortgezet-leren']);
    const stored = await w.store.typeVersions.get('pd-schoolontwikkeling', w.definition('pd-schoolontwikkeling').definition.version);
    expect(Object.keys((stored!.definition as { machine: { states: object } }).machine.states)[0]).toBe('schoolformulier');
    expect((stored!.forms as Array<{ id: string }>).map((f) => f.id)).toContain('pd-intake');
    const pd = await answer(anyone.api.types[':id'].$get({ param: { id: 'pd-schoolontwikkeling' }, query: {} }));
    expect(Object.keys(pd.definition.roles)).toEqual(Object.keys(w.definition('pd-schoolontwikkeling').definition.roles));
  });

  it('never replaces a published version when the shipped files change', async () => {
    const pd = w.definition('pd-schoolontwikkeling');
    const changed = { ...pd, definition: { ...pd.definition, title: { nl: 'Anders', en: 'Other' } } };
    const again = createApp({ catalogue: { definitions: [changed], forms: changed.forms }, store: w.store, clock: w.clock });
    const served = await answer(new Agent(again).api.types[':id'].$get({ param: { id: 'pd-schoolontwikkeling' }, query: {} }));
    expect(served.definition.title.nl).toBe('PD-schoolontwikkelingstraject');
  });

  it('lets an admin publish a new type, refuses the same version twice and serves every version', async () => {
    const admin = await w.as('admin@koers.nl');
    expect(await answer(admin.api.types.$post({ json: miniVol() }), 201)).toMatchObject({ id: 'mini-vol', version: 1, forms: ['mini-intake'] });
    const twice = await admin.request('POST', '/api/types', miniVol());
    expect(twice.status).toBe(409);
    expect(await errorOf(twice)).toMatchObject({ code: 'version-conflict', path: '/definition/version' });
    expect((await admin.request('POST', '/api/types', miniVol(2))).status).toBe(201);
    const list = await answer(admin.api.types.$get());
    expect(list.find((t) => t.id === 'mini-vol')).toMatchObject({ version: 2, versions: [1, 2] });
    expect((await answer(admin.api.types[':id'].$get({ param: { id: 'mini-vol' }, query: { version: '1' } }))).definition.version).toBe(1);
  });

  it('refuses a start when the type is full ("vol = vol") with the type\'s own Dutch message', async () => {
    const admin = await w.as('admin@koers.nl');
    const first = await admin.request('POST', '/api/trajectories', { typeId: 'mini-vol', version: 1, schoolId: w.world.schoolA.id });
    expect(first.status).toBe(201);
    const full = await admin.request('POST', '/api/trajectories', { typeId: 'mini-vol', schoolId: w.world.schoolB.id });
    expect(full.status).toBe(409);
    expect(await errorOf(full)).toMatchObject({ code: 'transition-rejected', message: { nl: 'Vol is vol: er loopt al een traject.' } });
  });

  it('answers a definition with problems with 422 and each problem located in the request', async () => {
    const admin = await w.as('admin@koers.nl');
    const bad = miniVol(3);
    bad.definition.machine.states.intake.meta.forms = ['bestaat-niet'];
    bad.forms[0].schema.properties.uren.type = 'getal';
    const res = await admin.request('POST', '/api/types', bad);
    expect(res.status).toBe(422);
    const error = await errorOf(res) as unknown as { fieldErrors: Array<{ path: string; file: string; pointer: string; code: string; message: { nl: string } }> };
    const paths = error.fieldErrors.map((e) => e.path);
    expect(paths.some((p) => p.startsWith('/forms/0/schema'))).toBe(true);
    expect(error.fieldErrors.every((e) => e.path === `/${e.file}${e.pointer}` && e.message.nl && e.code)).toBe(true);
    expect(await w.store.typeVersions.get('mini-vol', 3)).toBeUndefined();
    const nodef = await admin.request('POST', '/api/types', { definition: fixture('forms/mini-intake.json'), forms: [] });
    expect(nodef.status).toBe(422);
    expect((await errorOf(nodef)).path).toBe('/definition');
  });

  it('lets only admins publish, and refuses unknown fields and prototype keys', async () => {
    expect((await w.app.request('/api/types', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(miniVol(4)) })).status).toBe(401);
    expect((await (await w.as('ib@esch.nl')).request('POST', '/api/types', miniVol(4))).status).toBe(403);
    const admin = await w.as('admin@koers.nl');
    expect((await admin.request('POST', '/api/types', { ...miniVol(4), extra: 1 })).status).toBe(422);
    expect((await admin.request('POST', '/api/types', '{"definition":{"__proto__":{}},"forms":[]}')).status).toBe(400);
  });

  it('refuses a definition in which a key appears twice, naming the key, its place and its line', async () => {
    const admin = await w.as('admin@koers.nl');
    const text = JSON.stringify(miniVol(5)).replace('"roles":["casemanager"]', '"roles":["casemanager"],"roles":["schoolleider"]');
    const res = await admin.request('POST', '/api/types', text);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      path: '/definition/machine/states/intake/meta/roles',
      message: { nl: expect.stringContaining('twee keer'), en: expect.stringContaining('line 1, column') },
    });
  });

  it('documents every trajectory route in the OpenAPI document', async () => {
    type Operation = { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } };
    const doc = (await (await w.app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/types', '/api/types/{id}', '/api/types/{id}/diagram', '/api/trajectories', '/api/trajectories/{id}',
      '/api/trajectories/{id}/drafts/{formId}', '/api/trajectories/{id}/events', '/api/overview', '/api/overview/diagram']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/trajectories/{id}/events']!.post!.requestBody!.content['application/json']!.schema.required).toEqual(['type', 'expectedVersion']);
  });
});
