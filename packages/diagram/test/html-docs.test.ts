import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '@koers/engine';
import { readTree } from '@koers/testing';
import { DOCS_HTML_POLICY, toHtml } from '../src';
import { PRINT_SCRIPT, PRINT_SCRIPT_HASH } from '../src/html/document';
import { fixture } from './fixtures';

const pd = loadBundle(readTree('workflows', 'forms')).definitions.find((d) => d.definition.id === 'pd-schoolontwikkeling')!;

describe('the printable documentation', () => {
  it('is one HTML page with the diagram inline as SVG, the steps as headings and a print button', async () => {
    const html = await toHtml(pd, { lang: 'nl' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<title>PD-schoolontwikkelingstraject</title>');
    expect(html).toMatch(/<figure class="diagram"><svg role="img" aria-label="Processchema: PD-schoolontwikkelingstraject"/);
    expect(html).not.toContain('```mermaid');
    expect(html).not.toContain('<?xml');
    expect(html).toContain('<button type="button" id="print">Afdrukken / PDF</button>');
    expect(html).toContain('<h2 class="page">Stappen</h2>');
    expect(html).toContain('@media print');
    // The same text as the Markdown: conditions in plain words, every path written out (no folding on paper).
    expect(html).toContain('als deze uren over het urenbudget van de casemanager heen gaan');
    expect(html).not.toContain('<details>');
  });

  it('speaks English on request', async () => {
    const html = await toHtml(pd, { lang: 'en' });
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('>Print / PDF</button>');
    expect(html).toContain('<h2 class="page">Steps</h2>');
  });

  it('shows markup in a definition text as text, and lets no script run but its own print button', async () => {
    const def = fixture('valid', 'mini', (d) => {
      d.title.nl = 'Mini <script>alert(1)</script> [klik](javascript:alert(2))';
    });
    const html = await toHtml(def, { lang: 'nl' });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(DOCS_HTML_POLICY).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(DOCS_HTML_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain(`<script>${PRINT_SCRIPT}</script>`);
    expect(PRINT_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(PRINT_SCRIPT).digest('base64')}`);
    expect(DOCS_HTML_POLICY).toContain(`script-src '${PRINT_SCRIPT_HASH}'`);
  });
});
