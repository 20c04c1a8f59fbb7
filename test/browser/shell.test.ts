import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';
import { openHistory } from './trajectory-page';

const available = chromiumAvailable();

/** The top and bottom of every visible link and button of the main menu, the bell, the account and the language. */
async function headerItems(page: Page) {
  return page.locator('header').evaluate((header) =>
    [...header.querySelectorAll<HTMLElement>('.app-nav a, .bell, .user-menu__toggle, .lang-switch')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { text: el.textContent ?? '', top: box.top, bottom: box.bottom, right: box.right };
      }));
}

describe.skipIf(!available)('the header in Chromium against the real server', () => {
  let app: DemoApp;

  beforeAll(async () => {
    app = await startDemoApp('shell');
  }, 180_000);
  afterAll(() => app.close());

  it('keeps the whole menu of an administrator on one row at 1366 px, in Dutch and in English', async () => {
    const page = await app.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, app.url, 'beheer@koers.example');
    for (const lang of ['English', 'Nederlands']) {
      const items = await headerItems(page);
      expect(items.length).toBeGreaterThanOrEqual(10);
      const rows = new Set(items.map((item) => Math.round((item.top + item.bottom) / 2)));
      expect(rows.size, JSON.stringify(items)).toBe(1);
      expect(Math.max(...items.map((item) => item.right))).toBeLessThanOrEqual(1366);
      await page.getByRole('button', { name: lang, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: lang === 'English' ? 'My trajectories' : 'Mijn trajecten' }).waitFor();
    }
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(64);
    await page.screenshot({ path: join(RESULTS, 'shell-header-1366.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('opens the account menu with the name, closes it with Escape and gives the focus back', async () => {
    const page = await app.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, app.url, 'procesbegeleider@koers.example');
    const account = page.getByRole('button', { name: 'Marieke Visser' });
    expect(await account.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false);
    await account.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Ingelogd als Marieke Visser').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Instellingen');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'hidden' });
    expect(await account.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('is at most 64 px tall on a 390 px phone, with a menu button that opens every link and closes with Escape', async () => {
    const page = await app.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, app.url, 'beheer@koers.example');
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.isVisible()).toBe(false);
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await nav.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // Every place of the menu, the inbox, the account and the language, in the order of the tab key.
    const reached: string[] = [];
    while (reached.at(-1) !== 'English' && reached.length < 20) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(reached).toEqual(['Mijn trajecten', 'Trajectsoorten', 'Formulieren', 'Overzicht scholen', 'Groepen', 'Agenda', 'Uitnodigen',
      'Beheer', 'Meldingen', 'Instellingen', 'API-naslag', 'Uitloggen', 'English']);
    await page.screenshot({ path: join(RESULTS, 'shell-menu-390.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // A link in the menu leads to its page and closes the menu.
    await button.click();
    await nav.getByRole('link', { name: 'Groepen' }).click();
    await page.getByRole('heading', { level: 1, name: /Groepen/ }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('breaks a long Dutch title on a phone at its syllables (soft hyphens), and copies it without them', async () => {
    const page = await app.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, app.url, 'schoolleider.baken@koers.example');
    await page.locator('.trajectory-card a').first().click();
    const title = page.getByRole('heading', { level: 1 });
    await expect.poll(() => title.textContent()).toContain('School\u00ADont\u00ADwik\u00ADke');
    // No word is wider than the line: nothing sticks out of the heading.
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await title.selectText();
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Schoolontwikkelingstraject/);
    await page.context().close();
  });

  it('serves a favicon as SVG and PNG, named in the page', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(icons.map((href) => new URL(href).pathname)).toEqual(['/favicon.svg', '/favicon.png']);
    for (const [href, type] of [[icons[0]!, 'image/svg+xml'], [icons[1]!, 'image/png']] as const) {
      const res = await fetch(href);
      expect([res.status, res.headers.get('content-type')?.split(';')[0]]).toEqual([200, type]);
    }
    await page.context().close();
  });

  it('names roles by their titles in English, never by their codes, in the history and the overview', async () => {
    const page = await app.newPage();
    await signIn(page, app.url, 'procesbegeleider@koers.example');
    await page.getByRole('button', { name: 'English' }).click();
    const codes = /\((bestuurder|casemanager|directie|ib|leerkracht|procesbegeleider|projectteam|regiegroep|schoolleider|team|werkgroep)\)/;
    const list = await page.evaluate(async () => (await fetch('/api/trajectories')).json()) as Array<{ id: string }>;
    for (const { id } of list.slice(0, 2)) {
      // A fresh load per trajectory: nothing of the previous one's page (its unfolded history) stands in for this one.
      await page.goto('about:blank');
      await page.goto(`${app.url}#/trajecten/${id}`);
      const history = (await (await openHistory(page, 'History')).locator('.kr-history__who').allTextContents()).join('\n');
      expect(history).toMatch(/by .+ \((School leader \/ management|Voortgezet Leren process coach|Voortgezet Leren project team|Case manager|Internal support)/);
      expect(history).not.toMatch(codes);
      expect(await page.locator('main').textContent()).not.toMatch(codes);
    }
    await page.goto(`${app.url}#/overzicht`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(codes);
    await page.context().close();
  }, 90_000);
});
