import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

/** The view of a zoomable diagram: its scale, and where the drawing's corner sits in its box. */
async function viewOf(viewer: Locator) {
  return viewer.locator('.zoom__content').evaluate((el) => {
    const box = el.parentElement!.getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    return { scale: Number(el.getAttribute('data-scale')), left: rect.left - box.left, top: rect.top - box.top,
      right: rect.right - box.left, bottom: rect.bottom - box.top, width: box.width, height: box.height };
  });
}

/**
 * Diagrams people would print (issue 14 item 5): on #/soorten each type's flow diagram opens at reading size in
 * a box that zooms and pans with buttons, keys, the mouse wheel and a drag; "Passend maken" shows all of it; and
 * the documentation opens as a printable page that prints to a PDF.
 */
describe.skipIf(!available)('zoomable diagrams and printable documentation in Chromium', () => {
  let url: string, page: Page, pageErrors: string[], newPage: (o?: { viewport: { width: number; height: number } }) => Promise<Page>;
  let close = async () => {};
  const shot = (p: Page, name: string) => p.screenshot({ path: join(RESULTS, `diagrams-${name}.png`), fullPage: false });

  beforeAll(async () => {
    ({ url, page, pageErrors, newPage, close } = await startDemoApp('diagrams'));
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, url, 'leerkracht.regenboog@koers.example');
  }, 180_000);
  afterAll(() => close());

  const pdCard = (p: Page) => p.locator('section.type-card').filter({ has: p.getByRole('heading', { name: 'PD-schoolontwikkelingstraject' }) });

  async function openPd(p: Page): Promise<Locator> {
    await p.goto(`${url}#/soorten`);
    const card = pdCard(p);
    await card.getByText('Stroomschema tonen').click();
    const viewer = card.locator('.zoom');
    await p.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.type-card details[open] .zoom img')].some((i) => i.complete && i.naturalWidth > 0));
    // The view settles once the drawing has its size.
    await expect.poll(async () => (await viewOf(viewer)).right - (await viewOf(viewer)).left).toBeGreaterThan(100);
    return viewer;
  }

  it('opens a diagram at reading size, and zooms with the buttons and the keys; "Passend maken" shows all of it', async () => {
    const viewer = await openPd(page);
    const start = await viewOf(viewer);
    // Reading size: never below 75 %, never above the drawing's own size.
    expect(start.scale).toBeGreaterThanOrEqual(0.75);
    expect(start.scale).toBeLessThanOrEqual(1);
    expect(await viewer.locator('output').textContent()).toBe(`${Math.round(start.scale * 100)} %`);
    await viewer.locator('.zoom__box').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await shot(page, 'types-1366');

    await viewer.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(async () => (await viewOf(viewer)).scale).toBeCloseTo(start.scale * 1.25, 2);
    const box = viewer.getByRole('region', { name: /Stroomschema/ });
    await box.focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(async () => (await viewOf(viewer)).scale).toBeCloseTo(start.scale / 1.25, 2);
    await page.keyboard.press('+');
    await expect.poll(async () => (await viewOf(viewer)).scale).toBeCloseTo(start.scale, 2);

    // The arrow keys pan; so does a drag with the mouse.
    const before = await viewOf(viewer);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await viewOf(viewer)).top).toBeCloseTo(before.top - 60, 0);
    const area = (await box.boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width / 2 + 80, area.y + area.height / 2 + 120, { steps: 5 });
    await page.mouse.up();
    const dragged = await viewOf(viewer);
    expect(dragged.left).toBeCloseTo(before.left + 80, 0);
    expect(dragged.top).toBeCloseTo(before.top - 60 + 120, 0);

    // Ctrl + wheel zooms under the pointer.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await viewOf(viewer)).scale).toBeGreaterThan(dragged.scale * 2);

    // "Passend maken" (and the key 0): the whole drawing inside the box, whatever came before.
    await viewer.getByRole('button', { name: 'Passend maken' }).click();
    const fitted = await viewOf(viewer);
    expect(fitted.scale).toBeLessThan(start.scale);
    expect(fitted.left).toBeGreaterThanOrEqual(-1);
    expect(fitted.top).toBeGreaterThanOrEqual(-1);
    expect(fitted.right).toBeLessThanOrEqual(fitted.width + 1);
    expect(fitted.bottom).toBeLessThanOrEqual(fitted.height + 1);
    await viewer.getByRole('button', { name: 'Inzoomen' }).click();
    await box.focus();
    await page.keyboard.press('0');
    await expect.poll(async () => (await viewOf(viewer)).scale).toBeCloseTo(fitted.scale, 3);
    await viewer.locator('.zoom__box').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await shot(page, 'types-fitted-1366');

    await viewer.getByRole('button', { name: 'Ware grootte' }).click();
    await expect.poll(async () => viewer.locator('output').textContent()).toBe('100 %');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('fits a phone: the diagram at reading size to drag around, the buttons within the screen', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, url, 'leerkracht.regenboog@koers.example');
    const viewer = await openPd(phone);
    const view = await viewOf(viewer);
    expect(view.scale).toBeGreaterThanOrEqual(0.75);
    expect(view.width).toBeLessThanOrEqual(390);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Wider than the phone: it opens where the flow starts (the start dot in view), not on empty space.
    expect(view.left).toBeLessThan(0);
    await viewer.locator('.zoom__box').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await shot(phone, 'types-390');
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.context().close();
  }, 90_000);

  it('opens the documentation as a printable page with the diagram inline, which prints to a PDF', async () => {
    await page.goto(`${url}#/soorten`);
    const link = pdCard(page).getByRole('link', { name: 'Documentatie afdrukken / PDF' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/docs\?format=html&lang=nl$/);
    const [docs] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await docs.waitForLoadState();
    await docs.getByRole('heading', { level: 1, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    await docs.getByRole('img', { name: 'Processchema: PD-schoolontwikkelingstraject' }).waitFor();
    await docs.getByRole('button', { name: 'Afdrukken / PDF' }).waitFor();
    expect(await docs.textContent('main')).toContain('als deze uren over het urenbudget van de casemanager heen gaan');
    expect(await docs.textContent('main')).not.toContain('voorwaarde:');
    await docs.screenshot({ path: join(RESULTS, 'diagrams-docs-1366.png') });
    expect(await seriousViolations(docs)).toEqual([]);
    await docs.emulateMedia({ media: 'print' });
    expect(await docs.locator('.toolbar').isVisible()).toBe(false);
    const pdf = join(RESULTS, 'diagrams-docs.pdf');
    await docs.pdf({ path: pdf, format: 'A4' });
    expect(statSync(pdf).size).toBeGreaterThan(50_000);
    await docs.setViewportSize({ width: 390, height: 844 });
    await docs.emulateMedia({ media: 'screen' });
    expect(await docs.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await docs.screenshot({ path: join(RESULTS, 'diagrams-docs-390.png') });
    await docs.close();
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
