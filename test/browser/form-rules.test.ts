import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signedInApi, startDemoApp, type ApiCall } from './app';
import { chromiumAvailable, RESULTS } from './harness';

const available = chromiumAvailable();
const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (path: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/valid', path), 'utf8'));
const SPAN = { nl: 'De einddatum ligt minstens een half jaar na de begindatum.', en: 'The end date lies at least half a year after the start date.' };
const LATE = { nl: 'Dit doel begint pas in een volgend schooljaar.', en: 'This goal starts in a later school year.' };

/** A small type whose intake form has SMART goals with a minimum-span error rule and a school-year warning rule. */
function smartType() {
  const definition = fixture('workflows/mini.json');
  Object.assign(definition, { id: 'smart-ronde', title: { nl: 'SMART-ronde', en: 'SMART round' } });
  definition.machine.id = 'smartRonde';
  definition.machine.states.intake.meta.events.INTAKE_AFRONDEN.roles.push('schoolleider');
  definition.machine.states.intake.meta.roles.push('schoolleider');
  const form = fixture('forms/mini-intake.json');
  form.schema.properties.doelen = {
    type: 'array', title: 'Doelen', items: { type: 'object', properties: {
      doel: { type: 'string', title: 'Doel' },
      begindatum: { type: 'string', format: 'date', title: 'Begindatum' },
      einddatum: { type: 'string', format: 'date', title: 'Einddatum' },
    } },
  };
  form.uischema.elements.push({ type: 'Control', scope: '#/properties/doelen' });
  form.rules = [
    { id: 'half-jaar', items: '/doelen', path: '/einddatum', message: SPAN,
      check: { or: [{ '!': { var: 'begindatum' } }, { '!': { var: 'einddatum' } }, { '>=': [{ date: { var: 'einddatum' } }, { addDuration: [{ var: 'begindatum' }, 'P6M'] }] }] } },
    { id: 'dit-schooljaar', items: '/doelen', path: '/begindatum', severity: 'warning', message: LATE,
      check: { or: [{ '!': { var: 'begindatum' } }, { '<=': [{ schoolYear: { var: 'begindatum' } }, '2026-2027'] }] } },
  ];
  form.examples = [{ besluit: 'go', uren: 1, doelen: [{ doel: 'Lezen', begindatum: '2026-09-01', einddatum: '2027-07-01' }] }, { besluit: 'nogo' }];
  return { definition, forms: [form] };
}

/**
 * Checks across fields in the browser: a school leader fills in SMART goals; a goal shorter than half a year gets
 * the message at its own end date while typing, the draft still saves, the server refuses the submit at the same
 * field, and a goal in a later school year is only a warning. The admin sees the rules as rows under "Controles".
 */
describe.skipIf(!available)('checks across fields and items', () => {
  let url = '';
  let page: Page;
  let admin: Page;
  let pageErrors: string[] = [];
  let close = async () => {};
  let api: ApiCall;
  let trajectoryId = '';
  // The whole page at 1366 px; at 390 px the form itself, so its messages can be read in the picture.
  const shot = async (target: Page, name: string) => {
    for (const width of [1366, 390]) {
      await target.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      const path = join(RESULTS, `form-rules-${name}-${width}.png`);
      await (width === 390 ? target.locator('.form-panel').first().screenshot({ path }) : target.screenshot({ path, fullPage: true }));
    }
    await target.setViewportSize({ width: 1280, height: 900 });
  };
  const goal = (n: number) => page.locator(`[data-kf-path="doelen"] .kf-item`).nth(n);

  beforeAll(async () => {
    const app = await startDemoApp('form-rules');
    ({ url, pageErrors, close, page } = app);
    admin = await app.newPage();
    api = await signedInApi(url, 'beheer@koers.example');
    const published = await api('POST', 'types', smartType());
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const leader = await signedInApi(url, 'schoolleider.baken@koers.example');
    const me = await leader<{ memberships: Array<{ organisationId: string; role: string }> }>('GET', 'auth/me');
    const school = me.body.memberships.find((m) => m.role === 'schoolleider')!.organisationId;
    const started = await leader<{ id: string }>('POST', 'trajectories', { typeId: 'smart-ronde', schoolId: school });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    trajectoryId = started.body.id;
    // Half filled in earlier: two goals, the second far too short.
    const draft = await leader('PUT', `trajectories/${trajectoryId}/drafts/mini-intake`, { data: { besluit: 'go', uren: 1, doelen: [
      { doel: 'Begrijpend lezen', begindatum: '2026-09-01', einddatum: '2027-07-01' },
      { doel: 'Rekenen', begindatum: '2026-09-01', einddatum: '2026-12-01' },
    ] } });
    expect(draft.status).toBe(200);
  }, 180_000);
  afterAll(() => close());
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await (task.name.includes('admin') ? admin : page).screenshot({ path: join(RESULTS, `form-rules-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`), fullPage: true });
  });

  it('shows the span message at the second goal\'s end date while filling in, and autosaves anyway', async () => {
    await signIn(page, url, 'schoolleider.baken@koers.example');
    await page.goto(`${url}#/trajecten/${trajectoryId}`);
    await goal(1).getByText(SPAN.nl).waitFor();
    expect(await goal(0).getByText(SPAN.nl).count()).toBe(0);
    const end = goal(1).getByLabel('Einddatum');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'while-typing');
    // Still wrong, and saved: checks never block the draft.
    await end.fill('2027-01-15');
    await page.getByRole('status').filter({ hasText: 'Concept opgeslagen' }).waitFor();
    await goal(1).getByText(SPAN.nl).waitFor();
  });

  it('refuses the submit at the same field, in Dutch, and lets it through once the goal lasts half a year, with only a warning left', async () => {
    await page.getByRole('button', { name: 'Intake afronden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Niet verstuurd' }).waitFor();
    await page.getByRole('region', { name: 'Controleer 1 veld' }).getByRole('link', { name: /Doelen 2 › Einddatum/ }).waitFor();
    await shot(page, 'refused');
    await goal(1).getByLabel('Einddatum').fill('2027-03-01');
    await expect.poll(() => goal(1).getByText(SPAN.nl).count()).toBe(0);
    // A goal that starts in the next school year: a warning ("Let op"), not an error.
    await goal(0).getByLabel('Begindatum').fill('2027-09-01');
    await goal(0).getByLabel('Einddatum').fill('2028-07-01');
    await goal(0).getByText(LATE.nl).waitFor();
    expect(await goal(0).locator('.kf-warning').textContent()).toContain('Let op');
    // Every refused field is right now: "fix the marked fields" has gone.
    await page.getByRole('alert').filter({ hasText: 'Niet verstuurd' }).waitFor({ state: 'hidden' });
    await shot(page, 'warning');
    await page.getByRole('button', { name: 'Intake afronden' }).click();
    await page.getByText(/Intake afronden/).first().waitFor();
    await expect.poll(async () => (await api<{ steps: Array<{ path: string }> }>('GET', `trajectories/${trajectoryId}`)).body.steps[0]?.path).toBe('uitvoering');
  });

  it('shows the admin the rules as rows under "Controles" in the form builder', async () => {
    await signIn(admin, url, 'beheer@koers.example');
    await admin.goto(`${url}#/beheer/soorten/smart-ronde`);
    await admin.getByRole('button', { name: 'Concept maken van de nieuwste versie' }).click();
    await admin.getByRole('tab', { name: 'Formulieren', exact: true }).click();
    const checks = admin.getByRole('region', { name: 'Controles' });
    await checks.waitFor();
    const first = checks.getByRole('group', { name: /Controle 1/ });
    expect(await first.getByLabel('Soort controle').inputValue()).toBe('span');
    expect(await first.getByLabel('Geldt voor').inputValue()).toBe('/doelen');
    expect(await first.getByLabel('Minstens').inputValue()).toBe('P6M');
    const second = checks.getByRole('group', { name: /Controle 2/ });
    expect(await second.getByLabel('Soort controle').inputValue()).toBe('custom');
    expect(await second.getByLabel('Als het niet klopt').inputValue()).toBe('warning');
    // A new row: at least one of, valid at once.
    await checks.getByLabel('Soort controle').last().selectOption('oneOf');
    await checks.getByRole('button', { name: 'Controle toevoegen' }).click();
    await checks.getByRole('group', { name: /Controle 3/ }).waitFor();
    await checks.scrollIntoViewIfNeeded();
    for (const width of [1366, 390]) {
      await admin.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await checks.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await admin.screenshot({ path: join(RESULTS, `form-rules-admin-${width}.png`) });
    }
    expect(pageErrors).toEqual([]);
  });
});
