import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';

const available = chromiumAvailable();

/**
 * Runs in every page before its own scripts (through the browser's developer protocol, which the page's policy
 * does not govern): keeps each content security policy violation the page reports. A string, not a function:
 * tsx would add `__name` helpers that do not exist in the page.
 */
const RECORD_CSP_VIOLATIONS = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber);
  });
})();`;

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/**
 * The rendered API reference: GET /api/docs leads to a page of the web build of its own (Swagger UI from our
 * own bundle) that lists every operation of /api/openapi.json, under the same strict policy as the app.
 */
describe.skipIf(!available)('the API reference page in Chromium', () => {
  let url: string, page: Page, pageErrors: string[], newPage: DemoApp['newPage'];
  let close = async () => {};
  /** Console messages of the policy, which Chromium logs as well as reporting them to the page. */
  const consoleCsp: string[] = [];

  beforeAll(async () => {
    ({ url, page, pageErrors, newPage, close } = await startDemoApp('api-docs', { page: { consoleErrors: true } }));
    await page.addInitScript(RECORD_CSP_VIOLATIONS);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
    });
  }, 180_000);
  afterAll(() => close());

  it('follows /api/docs to the reference, which lists the operations with no policy violation', async () => {
    const response = await page.goto(`${url}api/docs`);
    expect(response?.request().redirectedFrom()?.url()).toBe(`${url}api/docs`);
    expect(new URL(page.url()).pathname).toBe('/api-docs.html');
    expect(await page.title()).toBe('Koers API — naslag / reference');
    await page.getByRole('heading', { level: 1, name: /Koers API — naslag/ }).waitFor();
    // Swagger UI has fetched /api/openapi.json and rendered it: the audit log of a trajectory (GET) among the operations.
    const events = page.locator('.opblock-get .opblock-summary-path[data-path="/api/trajectories/{id}/events"]');
    await events.waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(29);
    // Opening an operation renders its parameters and responses (more of Swagger UI's code runs).
    await events.click();
    await page.locator('.opblock.is-open .parameters-container').waitFor();
    await page.screenshot({ path: join(RESULTS, 'api-docs.png') });
    // "Try it out" on a read: the request goes to our own origin and its answer is shown highlighted.
    const health = page.locator('.opblock-get').filter({ has: page.locator('[data-path="/api/health"]') });
    await health.locator('.opblock-summary').click();
    await health.getByRole('button', { name: 'Try it out' }).click();
    await health.getByRole('button', { name: 'Execute' }).click();
    await health.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();
    // The live answer, not the documented example of the same shape.
    await health.locator('.live-responses-table .highlight-code').getByText('"ok": true').waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('leads back to the app', async () => {
    await page.getByRole('link', { name: /Terug naar Koers/ }).click();
    await page.waitForURL((at) => at.pathname === '/');
    await page.locator('.app-header').waitFor();
  });

  it('is offered in the user menu to administrators', async () => {
    const admin = await newPage();
    await signIn(admin, url, 'beheer@koers.example');
    // The account menu (the button with the person's name) holds it.
    await admin.locator('.user-menu__toggle').click();
    const link = admin.getByRole('link', { name: 'API-naslag' });
    await link.click();
    await admin.waitForURL((at) => at.pathname === '/api-docs.html');
    await admin.locator('.opblock-get .opblock-summary-path[data-path="/api/trajectories/{id}/events"]').waitFor();
  });

  it('is not offered to participants', async () => {
    const participant = await newPage();
    await signIn(participant, url, 'leerkracht.regenboog@koers.example');
    expect(await participant.getByRole('link', { name: 'API-naslag' }).count()).toBe(0);
  });
});
