import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '@koers/testing';
import { createApp } from '../src';
import { type Harness, errorOf, harness } from './support/harness';

/** GET /api/docs: the way to the rendered API reference, which is a page of the web app (apps/web/api-docs.html). */
describe('the API reference at /api/docs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(DATABASES[0]!);
  });
  afterAll(() => h?.close());

  it('redirects to the web app\'s reference page when the web app is served, to anyone', async () => {
    const app = createApp({
      catalogue: { definitions: [], forms: new Map() }, store: h.store, clock: h.clock,
      web: async (c) => c.html('<!doctype html><title>Koers API — naslag / reference</title>'),
    });
    const res = await app.request('/api/docs');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/api-docs.html');
    // The page itself comes from the web app, not from the API's not-found answer.
    expect((await app.request('/api-docs.html')).status).toBe(200);
  });

  it('says in Dutch and English that the page comes with the web app, and where the document is, without it', async () => {
    const res = await h.app.request('/api/docs');
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe('not-found');
    expect(error.path).toBe('/api/docs');
    expect(error.message.nl).toContain('webapp');
    expect(error.message.nl).toContain('/api/openapi.json');
    expect(error.message.en).toContain('web app');
    expect(error.message.en).toContain('/api/openapi.json');
  });

  it('is in the OpenAPI document as a public route', async () => {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>> };
    const operation = doc.paths['/api/docs']?.get;
    expect(operation?.security).toEqual([]);
    expect(Object.keys(operation?.responses ?? {})).toEqual(['302', '404']);
  });
});
