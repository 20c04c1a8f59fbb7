import { afterAll, describe, expect, it } from 'vitest';
import { loadBundleOrThrow } from '@koers/engine';
import { createStore } from '@koers/store';
import { type ErrorReport, createApp } from '../src';
import { readTree } from '@koers/testing';
import { Agent, answer, errorOf } from './support/harness';

const bundle = loadBundleOrThrow(readTree('test/fixtures/valid'));
const store = await createStore({ dataDir: 'memory://' });
const app = createApp({ catalogue: { definitions: bundle.definitions, forms: bundle.forms }, store, clock: { now: () => new Date() } });
afterAll(() => store.close());

describe('catalogue API', () => {
  it('lists the trajectory types with their versions', async () => {
    expect(await answer(new Agent(app).api.types.$get())).toEqual([expect.objectContaining({ id: 'mini', version: 1, versions: [1], roles: ['schoolleider', 'casemanager'] })]);
  });

  it('returns a type with the forms its steps show', async () => {
    const body = await answer(new Agent(app).api.types[':id'].$get({ param: { id: 'mini' }, query: {} }));
    expect(body.definition.id).toBe('mini');
    expect(body.forms.map((f) => f.id)).toEqual(['mini-intake']);
  });

  it('serves the diagram as SVG with Dutch titles, and in English on request', async () => {
    const nl = await app.request('/api/types/mini/diagram?format=svg');
    expect(nl.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await nl.text()).toContain('Uitvoering');
    const en = await app.request('/api/types/mini/diagram?format=svg&lang=en');
    expect(await en.text()).toContain('Execution');
  });

  it('serves PNG and Mermaid exports for download', async () => {
    const png = await app.request('/api/types/mini/diagram?format=png&download');
    expect(png.headers.get('content-disposition')).toBe('attachment; filename="mini-v1.png"');
    expect([...new Uint8Array(await png.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const mermaid = await app.request('/api/types/mini/diagram?format=mermaid');
    expect(await mermaid.text()).toMatch(/^stateDiagram-v2$/m);
  });

  it('serves Markdown documentation of a type', async () => {
    const res = await app.request('/api/types/mini/docs');
    expect(res.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(await res.text()).toContain('Intake afronden');
  });

  it('sends the old catalogue address, with or without a language, for good to the web app\'s types page', async () => {
    for (const path of ['/catalogus', '/catalogus?lang=en']) {
      const res = await app.request(path);
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe('/#/soorten');
    }
    expect((await app.request('/catalogus.css')).status).toBe(404);
  });

  it('sends / to the API reference when no web app is served', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/api/docs');
  });

  it.each([
    ['/api/types/bestaat-niet', 404, 'not-found', '/id'],
    ['/api/types/mini?version=7', 404, 'not-found', '/id'],
    ['/api/types/mini?version=abc', 400, 'invalid-request', '/version'],
    ['/api/types/mini/diagram?format=gif', 400, 'invalid-request', '/format'],
    ['/api/types/mini/diagram?lang=fr', 400, 'invalid-request', '/lang'],
  ])('answers %s with %i and a Dutch message', async (url, status, code, path) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code, path });
    expect(error.message.nl.length).toBeGreaterThan(0);
  });

  it('answers an unknown route with a 404 in JSON', async () => {
    const res = await app.request('/api/bestaat/niet');
    expect(res.status).toBe(404);
  });
});

describe('an unexpected failure', () => {
  it('answers 500 in Dutch and English with only a request id, and hands the edge a report with that id', async () => {
    const broken = await createStore({ dataDir: 'memory://' });
    const reported: ErrorReport[] = [];
    const failing = createApp({
      catalogue: { definitions: bundle.definitions, forms: bundle.forms }, store: broken, clock: { now: () => new Date() },
      reportError: (report) => reported.push(report),
    });
    // The database goes away under the app: a programming or operations fault, not bad input.
    await broken.close();
    const res = await failing.request('/api/types');
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error).toEqual({ code: 'internal', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), message: {
      nl: `Er ging iets mis op de server. Noem bij een vraag aan de beheerder deze code: ${error.requestId}.`,
      en: `Something went wrong on the server. Quote this code when asking the administrator: ${error.requestId}.`,
    } });
    expect(res.headers.get('x-request-id')).toBe(error.requestId);
    expect(reported).toEqual([expect.objectContaining({ method: 'GET', path: '/api/types', requestId: error.requestId })]);
  });
});
