import { afterAll, describe, expect, it } from 'vitest';
import { loadBundleOrThrow } from '@koers/engine';
import { createStore } from '@koers/store';
import { createApp } from '../src';
import { readTree } from '@koers/testing';

const bundle = loadBundleOrThrow(readTree('test/fixtures/valid'));
const store = await createStore({ dataDir: 'memory://' });
const app = createApp({ catalogue: { definitions: bundle.definitions, forms: bundle.forms }, store, clock: { now: () => new Date() } });
afterAll(() => store.close());

describe('printable documentation of a type', () => {
  it('serves one HTML page with the diagram inline and a print button, in the asked language', async () => {
    const nl = await app.request('/api/types/mini/docs?format=html');
    expect(nl.status).toBe(200);
    expect(nl.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await nl.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).toContain('<figure class="diagram"><svg');
    expect(page).toContain('Afdrukken / PDF');
    expect(page).toContain('Intake afronden');
    const en = await (await app.request('/api/types/mini/docs?format=html&lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Print / PDF');
  });

  it('lets nothing load or run on that page but its own print button', async () => {
    const res = await app.request('/api/types/mini/docs?format=html');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[^']+'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('offers it as a file with the type, version and language in its name on ?download', async () => {
    const res = await app.request('/api/types/mini/docs?format=html&lang=en&download');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mini-v1-en.html"');
  });

  it('keeps Markdown as the default', async () => {
    const res = await app.request('/api/types/mini/docs');
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
  });

  it('refuses an unknown format with a Dutch message naming the field, and an unknown type with 404', async () => {
    const bad = await app.request('/api/types/mini/docs?format=pdf');
    expect(bad.status).toBe(400);
    const body = await bad.json() as { error: { message: { nl: string }; path?: string } };
    expect(JSON.stringify(body)).toContain('format');
    expect((await app.request('/api/types/onbekend/docs?format=html')).status).toBe(404);
  });
});
