import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';
import { openHistory } from './trajectory-page';

const available = chromiumAvailable();

/**
 * Earlier forms and the printable view, on the demo's PD trajectory of OBS De Regenboog (in the parallel
 * execution phase): the plan of the working method is at hand in the execution step, the rest is folded
 * under "Eerder ingevuld", and the printable view holds every submitted form and prints to a PDF.
 */
describe.skipIf(!available)('earlier forms and the printable view in Chromium', () => {
  let url: string, page: Page, pageErrors: string[], close = async () => {};
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `documents-${name}.png`), fullPage: true });

  beforeAll(async () => {
    ({ url, page, pageErrors, close } = await startDemoApp('documents'));
    await signIn(page, url, 'leerkracht.regenboog@koers.example');
  }, 180_000);
  afterAll(() => close());

  it('shows the forms a step refers to at hand, read-only, and folds the other earlier forms', async () => {
    await page.getByRole('link', { name: /PD-schoolontwikkelingstraject/ }).first().click();
    const atHand = page.getByRole('region', { name: 'Ter inzage bij deze stap' });
    await atHand.waitFor();
    // Dates the type records carry their titles from the definition ("dates"), not their keys.
    await page.getByRole('region', { name: 'Stand van zaken' }).getByText('Startgesprek gehouden').waitFor();
    expect(await page.getByRole('region', { name: 'Stand van zaken' }).textContent()).not.toContain('laatsteVoortgangsgesprek');
    // Only the roles this type knows: the PDCA roles of the same teacher play no part in PD.
    expect(await page.locator('.lead').textContent()).toMatch(/Uw rol: Verbeterwerkgroep \/ teamleden$/);
    // The execution step names the working method (pd-werkwijze) in meta.reference.
    const method = atHand.locator('details', { has: page.locator('summary', { hasText: 'Werkwijze schoolintern verbetertraject' }) });
    await method.getByText(/Ingediend door .+ op \d/).waitFor();
    await method.locator('summary').click();
    await method.getByText('Coördinator van het verbetertraject').waitFor();
    // Read-only: answers as text, no inputs to type in.
    expect(await atHand.locator('input, textarea, select').count()).toBe(0);
    const earlier = page.getByRole('region', { name: /Eerder ingevuld \(\d+\)/ });
    const folded = earlier.locator('details');
    expect(await folded.count()).toBeGreaterThanOrEqual(3);
    expect(await folded.first().getAttribute('open')).toBeNull();
    // The progress meeting has the startgesprek's goals at hand (version 4); the planning is among the earlier forms.
    await atHand.locator('summary', { hasText: 'Startgesprek PD-schoolontwikkelingstraject' }).waitFor();
    const planning = folded.filter({ has: page.locator('summary', { hasText: 'Planning en afspraken schoolintern verbetertraject' }) });
    await planning.locator('summary').click();
    await planning.getByText(/Ingediend door/).waitFor();
    // The history keeps every submission readable, not only the latest one of each form.
    const history = await openHistory(page);
    const intake = history.getByRole('listitem').filter({ hasText: 'Intake afronden' }).first();
    await intake.getByText('Ingevuld formulier bekijken').click();
    await intake.locator('.kf-field--readonly').first().waitFor();
    expect(await intake.locator('input, textarea, select').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('trajectory');
  });

  it("shows the type's flow diagram with this trajectory's place, and offers it as SVG, PNG and Mermaid", async () => {
    const section = page.locator('section.trajectory__diagram');
    await section.getByText('Stroomschema tonen').click();
    const image = section.getByRole('img', { name: /Het traject staat nu bij: Verbeteracties uitvoeren, Voortgangsgesprek/ });
    await image.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.trajectory__diagram img')].every((i) => i.complete && i.naturalWidth > 0));
    const links = section.getByRole('group', { name: 'Stroomschema downloaden' }).getByRole('link');
    expect(await links.count()).toBe(3);
    const png = await links.filter({ hasText: 'PNG' }).getAttribute('href');
    const answer = await page.evaluate(async (href) => {
      const res = await fetch(href!);
      return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition') };
    }, png);
    expect(answer).toMatchObject({ status: 200, type: 'image/png', disposition: expect.stringContaining('-traject.png') });
    await section.screenshot({ path: join(RESULTS, 'documents-diagram.png') });
  });

  it('prints the trajectory: status, every submitted form in order, history; no app chrome on paper', async () => {
    await page.getByRole('link', { name: 'Afdrukversie' }).click();
    await page.getByRole('heading', { level: 1, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    const contents = page.getByRole('navigation', { name: 'Inhoud' });
    await contents.getByRole('listitem').first().waitFor();
    const titles = await contents.getByRole('listitem').allTextContents();
    expect(titles.slice(0, 3)).toEqual(['PD-schoolontwikkelingsformulier', 'Intakegesprek', 'Startgesprek PD-schoolontwikkelingstraject']);
    expect(titles.length).toBeGreaterThanOrEqual(6);
    for (const title of titles) await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
    expect(await page.locator('.print input, .print textarea').count()).toBe(0);
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(titles.length);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('print-screen');
    // On paper the header, language switch and buttons are gone.
    await page.emulateMedia({ media: 'print' });
    await page.locator('.app-header').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' }).waitFor({ state: 'hidden' });
    await shot('print-paper');
    const pdf = join(RESULTS, 'documents-print.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors).toEqual([]);
  });

  it('lists every trajectory type with its diagram and exports for anyone', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Trajectsoorten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trajectsoorten' }).waitFor();
    const cards = page.locator('section.type-card');
    await cards.first().waitFor();
    // Headings carry soft hyphens (long Dutch words break at syllables); the words themselves are compared.
    expect((await cards.locator('h2').allTextContents()).map((t) => t.replaceAll('\u00AD', ''))).toEqual(expect.arrayContaining([
      'PD-schoolontwikkelingstraject', 'Schoolontwikkelingstraject Voortgezet Leren', expect.stringMatching(/PDCA/),
    ]));
    const pdca = cards.filter({ has: page.getByRole('heading', { name: /PDCA/ }) });
    await pdca.getByText('Stroomschema tonen').click();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.type-card details[open] img')].some((i) => i.complete && i.naturalWidth > 0));
    expect(await pdca.getByRole('group', { name: 'Stroomschema downloaden' }).getByRole('link').count()).toBe(3);
    const docs = await pdca.getByRole('link', { name: 'Documentatie downloaden (Markdown)' }).getAttribute('href');
    const text = await page.evaluate(async (href) => (await fetch(href!)).text(), docs);
    expect(text).toMatch(/^# /);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('types');
  });

  it('answers an unknown trajectory on the printable view with a Dutch explanation', async () => {
    await page.goto(`${url}#/trajecten/00000000-0000-4000-8000-000000000000/afdrukken`);
    await page.getByRole('heading', { name: 'Traject niet gevonden' }).waitFor();
  });
});
