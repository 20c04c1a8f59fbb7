import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@koers/host';
import { downloadedText, organisationId, signInByApi, signedInApi, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';
import { openHistory } from './trajectory-page';

const available = chromiumAvailable();


describe.skipIf(!available)('procesbegeleider overview in Chromium', () => {
  let server: RunningServer, page: Page, pageErrors: string[], close = async () => {};
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `coach-${name}.png`), fullPage: true });
  const rows = () => page.locator('.schools__table tbody tr');

  beforeAll(async () => {
    // The real server on a fresh embedded database with the demo seed, serving this build at /.
    ({ server, page, pageErrors, close } = await startDemoApp('coach', { env: { KOERS_ROOT: ROOT }, page: { acceptDownloads: true, consoleErrors: true } }));
  }, 180_000);
  afterAll(() => close());

  it('signs in as the procesbegeleider and opens the PD overview', async () => {
    await signInByApi(page, server.url, 'procesbegeleider@koers.example');
    // The app asked who is signed in before we were: that 401 is expected; from here on nothing may fail.
    pageErrors.length = 0;
    page.on('response', (res) => {
      if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(`${server.url}/#/overzicht`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overzicht scholen' }).waitFor();
    await page.getByLabel('Trajectsoort', { exact: true }).selectOption('pd-schoolontwikkeling');
    await page.getByRole('heading', { level: 2, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    expect(page.url()).toMatch(/#\/overzicht\/pd-schoolontwikkeling$/);
    expect(await page.locator('.coach__totals').textContent()).toMatch(/1 over tijd/);
    // The diagram with the overlay is inlined, its steps marked as buttons.
    await page.locator('.diagram__box svg [data-step="intake"]').waitFor();
    await shot('overview-desktop');
  });

  it('finds the overdue school from the step bars', async () => {
    const intake = page.locator('.heat').getByRole('button', { name: /Intakegesprek.*1 over tijd/ });
    await intake.click();
    expect(await intake.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Gefilterd op stap: Intakegesprek').waitFor();
    expect(await rows().count()).toBe(1);
    const row = rows().first();
    expect(await row.locator('th').textContent()).toMatch(/IKC De Vlinderboom.*Over tijd/);
    expect(await row.textContent()).toMatch(/38 dagen in deze stap \(verwacht: 14 dagen\)/);
    expect(await row.textContent()).toMatch(/Formulier: Intakegesprek/);
    await shot('filtered-on-intake');
    await page.getByRole('button', { name: 'Stapfilter wissen' }).click();
    expect(await rows().count()).toBe(2);
  });

  it('filters the table from a step in the diagram, by mouse and by keyboard', async () => {
    const diagram = page.locator('.diagram__box');
    // A step's name is what it shows: title, roles, and the count badges.
    const intake = diagram.getByRole('button', { name: /^Intakegesprek .*Directie 1 traject 1 over tijd$/ });
    expect(await intake.getAttribute('aria-pressed')).toBe('false');
    await intake.click();
    expect(await intake.getAttribute('aria-pressed')).toBe('true');
    // The step bars and the chip follow the same filter.
    expect(await page.locator('.heat').getByRole('button', { name: /Intakegesprek/ }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Gefilterd op stap: Intakegesprek').waitFor();
    expect(await rows().count()).toBe(1);
    expect(await rows().first().locator('th').textContent()).toMatch(/IKC De Vlinderboom/);
    await diagram.locator('[data-step="intake"]').scrollIntoViewIfNeeded();
    await shot('diagram-filtered');
    await intake.click();
    expect(await intake.getAttribute('aria-pressed')).toBe('false');
    expect(await rows().count()).toBe(2);

    // Keyboard: Tab reaches the steps, Enter selects one, Space clears it, focus stays on the step.
    const doing = diagram.locator('[data-step="uitvoering.verbeterwerk.uitvoeren"]');
    expect(await doing.getAttribute('aria-label')).toMatch(/ 1 traject$/);
    expect(await diagram.locator('[data-step="planning"]').getAttribute('aria-label')).toMatch(/^Planning en afspraken .*\(0 scholen\)$/);
    await doing.focus();
    await page.keyboard.press('Enter');
    expect(await doing.getAttribute('aria-pressed')).toBe('true');
    expect(await rows().count()).toBe(1);
    expect(await rows().first().locator('th').textContent()).toBe('OBS De Regenboog');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe('uitvoering.verbeterwerk.uitvoeren');
    await page.keyboard.press(' ');
    expect(await doing.getAttribute('aria-pressed')).toBe('false');
    expect(await rows().count()).toBe(2);
    // An empty step filters to nothing; the step bar's clear button clears the diagram's selection too.
    await diagram.locator('[data-step="planning"]').click();
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toMatch(/Geen scholen/);
    await page.getByRole('button', { name: 'Stapfilter wissen' }).click();
    expect(await diagram.locator('[aria-pressed="true"]').count()).toBe(0);
    // Only real steps are buttons: no start dots, no clusters, and no Graphviz titles as tooltips.
    expect(await diagram.locator('[role="button"]').count()).toBe(await diagram.locator('[data-step]').count());
    expect(await diagram.locator('title').count()).toBe(0);
    // Zooming in draws the diagram larger in its box; the steps still filter, and a drag pans without selecting.
    const before = await diagram.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
    await page.locator('.diagram').getByRole('button', { name: 'Inzoomen' }).click();
    expect(await diagram.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(before * 1.2);
    await page.locator('.diagram').getByRole('button', { name: 'Passend maken' }).click();
    await intake.click();
    expect(await rows().count()).toBe(1);
    await page.locator('.diagram').screenshot({ path: join(RESULTS, 'coach-diagram-larger.png') });
    await intake.click();
    expect(await rows().count()).toBe(2);
  });

  it('inlines the diagram without anything that could run or load', async () => {
    const isDiagram = (url: URL) => url.pathname === '/api/overview/diagram';
    await page.route(isDiagram, async (route) => {
      const res = await route.fetch();
      const body = (await res.text())
        .replace(/class="node">(\s*<title>s:intake<)/, 'class="node" onclick="window.__pwned = \'click\'">$1')
        .replace('</svg>', '<script>window.__pwned = "script"</script>'
          + '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="/x" onerror="window.__pwned = \'img\'"/></div></foreignObject>'
          + '<image href="https://example.invalid/x.png" width="5" height="5"/><a href="javascript:window.__pwned=1"><text style="fill:red">klik</text></a>'
          + '<rect width="5" height="5" fill="url(https://example.invalid/p.svg#x)" onmouseover="window.__pwned = 2"/></svg>');
      await route.fulfill({ response: res, body });
    });
    const before = pageErrors.length;
    await page.reload();
    const diagram = page.locator('.diagram__box');
    await diagram.locator('svg [data-step="intake"]').waitFor();
    await diagram.locator('[data-step="intake"]').click();
    // Straight at the shape, wherever the zoomable box has it: a handler left on it would run now.
    await diagram.locator('rect').last().dispatchEvent('mouseover');
    expect(await diagram.locator('script, foreignObject, image, a, [onclick], [onmouseover], [href], [style]').count()).toBe(0);
    expect(await diagram.locator('rect').last().getAttribute('fill')).toBeNull();
    expect(await diagram.textContent()).toContain('klik');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.unroute(isDiagram);
    // Parsing the hostile drawing makes the browser report what the Content-Security-Policy blocked (its handlers
    // and inline style), a second wall behind the sanitiser; nothing else may have gone wrong.
    const provoked = pageErrors.splice(before);
    expect(provoked.length).toBeGreaterThan(0);
    expect(provoked.filter((e) => !/violates the following Content Security Policy directive/.test(e))).toEqual([]);
    await page.reload();
    await diagram.locator('svg [data-step="intake"]').waitFor();
    // The step chosen before the reloads is in the address (`?stap=intake`), so it is chosen still; clearing it
    // clears the address too.
    expect(page.url()).toMatch(/#\/overzicht\/pd-schoolontwikkeling\?stap=intake$/);
    await page.getByText('Gefilterd op stap: Intakegesprek').waitFor();
    expect(await rows().count()).toBe(1);
    await page.getByRole('button', { name: 'Stapfilter wissen' }).click();
    await page.waitForURL(/#\/overzicht\/pd-schoolontwikkeling$/);
    expect(await rows().count()).toBe(2);
  });

  it('filters on overdue and on text, and sorts by a header', async () => {
    await page.getByLabel('Alleen over tijd').check();
    expect(await rows().count()).toBe(1);
    await page.getByLabel('Alleen over tijd').uncheck();
    await page.getByLabel('Zoeken op school, stap of rol').fill('regenboog');
    expect(await rows().count()).toBe(1);
    expect(await rows().first().locator('th').textContent()).toBe('OBS De Regenboog');
    await page.getByLabel('Zoeken op school, stap of rol').fill('');
    const schoolHeader = page.locator('th', { has: page.getByRole('button', { name: 'School', exact: true }) });
    await page.getByRole('button', { name: 'School', exact: true }).click();
    expect(await schoolHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows().first().locator('th').textContent()).toMatch(/^IKC De Vlinderboom/);
    await page.getByRole('button', { name: 'School', exact: true }).click();
    expect(await schoolHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await rows().first().locator('th').textContent()).toBe('OBS De Regenboog');
    // The sort order is in the address too, so a reload or a shared link shows the same table.
    await page.waitForURL(/\?sort=school&richting=aflopend$/);
  });

  it('exports the table as CSV for Dutch Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren naar Excel (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pd-schoolontwikkeling-overzicht-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await downloadedText(download);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('School;Label;Huidige stap;Dagen in stap;Verwacht (dagen);Over tijd;Dagen te laat;Wacht op;Formulier;Laatste activiteit;Uren gebruikt;Urenbudget;Open signalen');
    expect(lines).toContainEqual(expect.stringMatching(/^IKC De Vlinderboom;;Intakegesprek;38;14;ja;24;Casemanager \(Joost Bakker\);Intakegesprek;\d{2}-\d{2}-\d{4};0;15;0$/));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it('offers the diagram as SVG, PNG and Mermaid downloads', async () => {
    for (const [name, type] of [['SVG', 'image/svg+xml'], ['PNG', 'image/png'], ['Mermaid', 'text/plain']] as const) {
      const href = await page.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
      const res = await page.request.get(`${server.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      expect(res.headers()['content-disposition']).toMatch(/attachment/);
    }
  });

  it('opens a school from the table on its trajectory page with its history', async () => {
    await page.getByRole('link', { name: 'IKC De Vlinderboom' }).click();
    await page.getByRole('heading', { level: 1, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    expect(page.url()).toMatch(/#\/trajecten\/[^/]+$/);
    await page.getByRole('heading', { name: 'Geschiedenis' }).waitFor();
    const history = await (await openHistory(page)).textContent();
    expect(history).toMatch(/Traject gestart/);
    expect(history).toMatch(/Formulier indienen/);
    // "Stand van zaken": time in step against the expected duration, whom it waits for, the hours budget.
    const status = page.getByRole('region', { name: 'Stand van zaken' });
    const statusText = await status.textContent();
    expect(statusText).toMatch(/38 dagen \(sinds/);
    expect(statusText).toMatch(/Verwachte duur14 dagen/);
    expect(statusText).toMatch(/24 dagen over tijd/);
    expect(statusText).toMatch(/Wacht opCasemanager/);
    expect(statusText).toMatch(/0 van 15 uur gebruikt/);
    expect(await status.getByRole('meter', { name: /Uren casemanager: 0 van 15 uur gebruikt/ }).count()).toBe(1);
    await shot('trajectory-from-table');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reaches a Voortgezet Leren school where the definition gives the procesbegeleider an action', async () => {
    await page.goto(`${server.url}/#/overzicht/voortgezet-leren`);
    await page.getByRole('heading', { level: 2, name: /Voortgezet Leren/ }).waitFor();
    await page.locator('.diagram__box svg [data-step]').first().waitFor();
    await page.getByRole('link', { name: 'Het Baken College' }).click();
    await page.getByRole('heading', { name: 'Geschiedenis' }).waitFor();
    // The group's shared meetings reach the school's history once, sent by the system (issue 13).
    expect(await (await openHistory(page)).textContent()).toMatch(/Groepsbijeenkomst gehouden/);
    // ONDERSTEUNING_OPVOLGEN is the procesbegeleider's own action in "werken" (it carries the follow-up form).
    await page.getByRole('button', { name: 'Vraag om expertise opvolgen' }).first().waitFor();
    // The board track is done and waits for the development track: a note, not a step to act in.
    await page.getByText('Gesprek met de bestuurder gevoerd: dit spoor is klaar.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Gesprek met de bestuurder gevoerd' }).count()).toBe(0);
    await shot('trajectory-coach-action');
    // The school's page: all its trajectories and its recent activity, linked back to each trajectory.
    await page.locator('.lead').getByRole('link', { name: 'Het Baken College' }).click();
    await page.getByRole('heading', { level: 1, name: 'Het Baken College' }).waitFor();
    const cards = page.getByRole('region', { name: 'Trajecten van de school' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await cards.count()).toBeGreaterThanOrEqual(1);
    const activity = page.getByRole('region', { name: 'Recente activiteit' });
    await activity.getByText('Groepsbijeenkomst gehouden').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('school');
    await activity.getByRole('link', { name: /Voortgezet Leren/ }).first().click();
    await page.getByRole('heading', { name: 'Geschiedenis' }).waitFor();
    await page.goto(`${server.url}/#/overzicht/pd-schoolontwikkeling`);
    await page.locator('.diagram__box svg [data-step="intake"]').waitFor();
  });

  it('has no serious accessibility problems and fits a phone', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.heat').getByRole('button', { name: /Intakegesprek.*1 over tijd/ }).click();
    await shot('filtered-phone');
    await page.locator('#heat-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'coach-phone-steps.png') });
    await page.evaluate(() => window.scrollTo(0, document.getElementById('schools-title')!.getBoundingClientRect().top + window.scrollY - 16));
    await page.screenshot({ path: join(RESULTS, 'coach-phone-table.png') });
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 391)
      .slice(0, 5).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), wide.join('; ')).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    // On a phone the language button is in the header's menu panel.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schools overview' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('overview-english');
    expect(pageErrors).toEqual([]);
  });

  it('draws the diagram of the version chosen, with only its counts', async () => {
    // A new PD version with one trajectory on it, at a school the procesbegeleider coaches.
    const admin = await signedInApi(`${server.url}/`, 'beheer@koers.example');
    const bundle = await admin<{ definition: { version: number }; forms: unknown[] }>('GET', 'types/pd-schoolontwikkeling');
    const next = bundle.body.definition.version + 1;
    expect((await admin('POST', 'types', { definition: { ...bundle.body.definition, version: next }, forms: bundle.body.forms })).status).toBe(201);
    expect((await admin('POST', 'trajectories', { typeId: 'pd-schoolontwikkeling', schoolId: await organisationId(admin, 'OBS De Regenboog') })).status).toBe(201);
    await page.goto(`${server.url}/#/overzicht/pd-schoolontwikkeling`);
    await page.reload();
    const version = page.locator('#schools-version');
    await version.waitFor();
    const asked = page.waitForRequest((req) => req.url().includes('/api/overview/diagram') && req.url().includes(`version=${next}`));
    await version.selectOption(String(next));
    await asked;
    // Only the one trajectory on the new version is counted in its drawing: one step with a count, none overdue (all
    // versions together have several steps with counts, one of them overdue).
    const labels = () => page.locator('.diagram__box [data-step]').evaluateAll((steps) => steps.map((s) => s.getAttribute('aria-label') ?? ''));
    await expect.poll(async () => (await labels()).filter((l) => /\b\d+ (traject|trajecten|trajectory|trajectories)\b/.test(l)).length).toBe(1);
    expect((await labels()).filter((l) => /over tijd|overdue/.test(l))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
