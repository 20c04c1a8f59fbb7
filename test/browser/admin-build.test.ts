import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, downloadedText, signedInApi, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
const TYPE = 'Leesplan';
const TYPE_ID = 'leesplan';
const ROLE = 'Leescoördinator';
const SCHOOL = 'OBS De Regenboog';
const USER = 'leerkracht.regenboog@koers.example';

describe.skipIf(!available)('an administrator builds, tries and publishes a new type with the visual editors only', () => {
  let url: string, admin: Page, user: Page, pageErrors: string[], close = async () => {};
  let api: ApiCall;
  let trajectory = '';
  /** Screenshots at 1366 px (and with `phone` also at 390 px), looked at by people; on a phone nothing scrolls sideways. */
  const shot = async (page: Page, name: string, { phone = false, fullPage = true } = {}) => {
    for (const [width, height] of phone ? [[1366, 900], [390, 844]] as const : [[1366, 900]] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
      if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(RESULTS, `admin-build-${name}-${width}.png`), fullPage });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  /** Screenshots of one part of the page at 1366 and 390 px, for what a full page shows too small. */
  const part = async (locator: Locator, name: string) => {
    for (const width of [1366, 390]) {
      await admin.setViewportSize({ width, height: width === 390 ? 844 : 1200 });
      await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const path = join(RESULTS, `admin-build-${name}-${width}.png`);
      // At 1366 px the step panel scrolls on its own, which an element's picture does not follow: take the screen.
      await (width === 390 ? locator.screenshot({ path }) : admin.screenshot({ path }));
    }
    await admin.setViewportSize({ width: 1280, height: 900 });
  };
  const tab = (name: string) => admin.getByRole('tab', { name, exact: true }).click();
  const tree = () => admin.getByRole('tree', { name: 'Stappen' });
  /** The panel of the selected step (a region named by its title). */
  const stepPanel = (title: string) => admin.getByRole('region', { name: title, exact: true });
  /** The Dutch input of a text in both languages (a fieldset with legend `legend`). */
  const dutch = (scope: Locator | Page, legend: string) => scope.getByRole('group', { name: legend, exact: true }).getByLabel('Nederlands', { exact: true });
  const english = (scope: Locator | Page, legend: string) => scope.getByRole('group', { name: legend, exact: true }).getByLabel('English', { exact: true });
  /** Waits until the draft is saved on the server (the status line). */
  const saved = () => admin.getByText(/^Opgeslagen om \d\d:\d\d$/).waitFor();

  beforeAll(async () => {
    const app = await startDemoApp('admin-build', { page: { consoleErrors: false } });
    ({ url, page: admin, pageErrors, close } = app);
    user = await app.newPage();
    api = await signedInApi(url, 'beheer@koers.example');
  }, 180_000);
  afterAll(() => close());
  // A failed step leaves a picture of the screen it failed on.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await admin.screenshot({ path: join(RESULTS, `admin-build-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`), fullPage: true });
  });

  it('makes a new, empty type from the types overview and opens its draft', async () => {
    await signIn(admin, url, 'beheer@koers.example');
    await admin.goto(`${url}#/beheer/soorten`);
    await admin.getByRole('heading', { level: 1, name: 'Trajectsoorten' }).waitFor();
    await admin.getByRole('button', { name: 'Nieuwe trajectsoort' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Nieuwe trajectsoort' });
    await dialog.getByLabel('Titel (Nederlands)').fill(TYPE);
    await dialog.getByLabel('Titel (Engels; leeg: gelijk aan de Nederlandse)').fill('Reading plan');
    expect(await dialog.getByLabel('Id', { exact: true }).inputValue()).toBe(TYPE_ID);
    await dialog.getByRole('button', { name: 'Aanmaken en openen' }).click();
    await admin.getByRole('heading', { level: 1, name: TYPE }).waitFor();
    await admin.getByText('nieuwe trajectsoort, nog niet gepubliceerd').waitFor();
    await admin.getByRole('tab', { name: 'Proces', selected: true }).waitFor();
    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
  });

  it('describes the type and gives it a role of its own', async () => {
    await tree().getByRole('treeitem', { name: 'Trajectsoort' }).click();
    const type = admin.getByRole('region', { name: 'De trajectsoort' });
    await dutch(type, 'Beschrijving').fill('Een leesplan per school, met een bespreking als er extra ondersteuning nodig is.');
    await english(type, 'Beschrijving').fill('A reading plan per school, discussed when extra support is needed.');
    const roles = admin.getByRole('region', { name: 'Rollen' });
    // A role starts from its name; its id follows the name, and its details open.
    await roles.getByLabel('Naam van de nieuwe rol (Nederlands)').fill(ROLE);
    await roles.getByLabel('Naam in het Engels').fill('Reading coordinator');
    expect(await roles.getByLabel('Rol-id van de nieuwe rol').inputValue()).toBe('leescoordinator');
    await roles.getByRole('button', { name: 'Rol toevoegen' }).click();
    expect(await english(roles, 'Naam').last().inputValue()).toBe('Reading coordinator');
    await roles.getByText(ROLE).first().waitFor();
  });

  it('builds a form with a yes/no, a text shown only on "ja", and a repeatable group, with an example', async () => {
    await tab('Formulieren');
    await admin.getByRole('button', { name: '+ Nieuw formulier' }).click();
    const add = admin.getByRole('form', { name: 'Nieuw formulier' });
    await add.getByLabel('Titel (Nederlands)').fill('Leesplan');
    await add.getByLabel('Titel (Engels)').fill('Reading plan');
    await add.getByLabel('Code (id)').fill('leesplan');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    const fields = admin.getByRole('region', { name: 'Velden' });
    const panel = admin.getByRole('region', { name: 'Formulier' });

    const addField = async (kind: string, nl: string, en: string, into?: string) => {
      const name = into ? `Veld toevoegen aan ${into}` : 'Veld toevoegen';
      await fields.getByRole('button', { name, exact: true }).click();
      const form = fields.getByRole('form', { name, exact: true });
      await form.getByLabel('Soort veld').selectOption({ label: kind });
      await form.getByLabel('Label (Nederlands)').fill(nl);
      await form.getByLabel('Label (Engels)').fill(en);
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      await panel.getByRole('heading', { level: 2, name: new RegExp(`^${nl}`) }).waitFor();
    };
    await addField('Ja/nee', 'Extra ondersteuning nodig', 'Extra support needed');
    await panel.getByLabel('Verplicht').check();
    await addField('Lange tekst', 'Welke ondersteuning', 'Which support');
    const rule = panel.getByRole('group', { name: 'Toon dit veld als …' });
    await rule.getByRole('combobox', { name: 'Toon dit veld als …' }).selectOption({ label: 'Toon als' });
    await rule.getByLabel('het veld').selectOption({ label: 'Extra ondersteuning nodig' });
    await rule.getByLabel('de waarde is').selectOption({ label: 'Ja' });
    await fields.getByRole('button', { name: /Welke ondersteuning.*onder voorwaarde/ }).waitFor();
    await addField('Herhaalbare groep', 'Boeken', 'Books');
    await addField('Korte tekst', 'Titel van het boek', 'Title of the book', 'Boeken');
    await panel.getByLabel('Verplicht').check();

    // The preview is the participants' own runner: the text appears only after "Ja".
    const preview = admin.getByRole('region', { name: 'Voorbeeld' });
    expect(await preview.getByLabel('Welke ondersteuning').count()).toBe(0);
    await preview.getByRole('radio', { name: 'Ja' }).check();
    await preview.getByLabel('Welke ondersteuning').fill('Een leesspecialist twee keer per week');
    await preview.getByRole('button', { name: 'Toevoegen aan Boeken' }).click();
    await preview.getByLabel('Titel van het boek').fill('Pluk van de Petteflet');
    // A new form starts without an example answer: the one filled in here becomes it.
    await preview.getByText('Nog geen voorbeeld', { exact: false }).waitFor();
    await preview.getByRole('button', { name: 'Gebruik als voorbeeld' }).click();
    const example = preview.getByRole('listitem').filter({ hasText: 'Voorbeeld 1' });
    await example.getByText('geldig', { exact: true }).waitFor();
    expect(await preview.getByRole('listitem').filter({ hasText: /^Voorbeeld \d/ }).count()).toBe(1);
    await shot(admin, 'form', { phone: true });
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('makes three steps, with a branching guard built in the condition builder', async () => {
    await tab('Proces');
    await tree().getByRole('treeitem', { name: /^Start/ }).click();
    let step = stepPanel('Start');
    await english(step, 'Titel').fill('Draw up the reading plan');
    await dutch(step, 'Titel').fill('Leesplan opstellen');
    step = stepPanel('Leesplan opstellen');
    await step.getByRole('group', { name: 'Wacht op de rollen' }).getByRole('checkbox', { name: /Leescoördinator/ }).check();
    await step.getByRole('group', { name: 'Wacht op de rollen' }).getByRole('checkbox', { name: /Schoolleider/ }).uncheck();

    // The second step, between the first and the final one.
    await admin.getByRole('group', { name: 'Acties voor "Leesplan opstellen"' }).getByRole('button', { name: 'Stap erna toevoegen' }).click();
    step = stepPanel('Nieuwe stap');
    await english(step, 'Titel').fill('Discuss the support');
    await dutch(step, 'Titel').fill('Ondersteuning bespreken');
    step = stepPanel('Ondersteuning bespreken');
    await step.getByLabel('Sleutel (technische naam)').fill('bespreken');
    await step.getByRole('button', { name: 'Hernoemen' }).click();
    await step.getByRole('group', { name: 'Wacht op de rollen' }).getByRole('checkbox', { name: /Leescoördinator/ }).check();
    await step.getByLabel('Knoptekst van de nieuwe gebeurtenis').fill('Bespreking afronden');
    await step.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    const done = step.getByRole('region', { name: /Bespreking afronden/ });
    await done.getByRole('article', { name: 'Keuze 1' }).getByLabel('Naar stap').waitFor();
    expect(await done.getByRole('article', { name: 'Keuze 1' }).getByLabel('Naar stap').inputValue()).toBe('afgerond');

    // The first step's event: the form, the new role, and two choices.
    await tree().getByRole('treeitem', { name: /^Leesplan opstellen/ }).click();
    step = stepPanel('Leesplan opstellen');
    const event = step.getByRole('region', { name: /AFRONDEN/ });
    // The event has no form yet, so where to attach one is open without searching.
    await event.getByLabel('Knoptekst (Nederlands)').fill('Leesplan indienen');
    await event.getByLabel('Knoptekst (Engels)').fill('Submit the reading plan');
    const who = event.getByRole('group', { name: 'Wie mag dit doen?' });
    await who.getByRole('checkbox', { name: ROLE }).check();
    await who.getByRole('checkbox', { name: 'Schoolleider' }).uncheck();
    await event.getByLabel('Formulier dat wordt ingediend').selectOption({ label: 'Leesplan' });
    await event.getByRole('button', { name: 'Keuze toevoegen' }).click();
    const first = event.getByRole('article', { name: 'Keuze 1' });
    const second = event.getByRole('article', { name: 'Keuze 2 (anders)' });
    await first.getByLabel('Naar stap').selectOption({ label: 'Ondersteuning bespreken (bespreken)' });
    await first.getByLabel('Voorwaarde').selectOption({ value: 'condition' });
    await first.getByRole('button', { name: 'Voorwaarde toevoegen' }).click();
    const row = first.getByRole('group', { name: 'Veld 1' });
    await row.getByLabel('Veld 1: Veld').selectOption({ label: 'Extra ondersteuning nodig' });
    await row.getByLabel('Veld 1: Vergelijking').selectOption({ label: 'is' });
    await row.getByLabel('Veld 1: Waarde').selectOption({ label: 'Ja' });
    await first.getByText(/^Betekent: /).waitFor();
    await second.getByLabel('Naar stap').selectOption({ label: 'Afgerond (afgerond)' });
    expect(await first.getByLabel('Naar stap').inputValue()).toBe('bespreken');

    // The skeleton's role is used nowhere now: it goes, and the type has only its own role.
    await tree().getByRole('treeitem', { name: 'Trajectsoort' }).click();
    const roles = admin.getByRole('region', { name: 'Rollen' });
    await roles.getByText('schoolleider', { exact: true }).click();
    await roles.getByRole('button', { name: '"schoolleider" verwijderen' }).click();
    await roles.getByText('schoolleider', { exact: true }).waitFor({ state: 'detached' });

    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
    expect(await tree().getByRole('treeitem').allTextContents()).toEqual([
      'Trajectsoort', 'Leesplan opstellenbegint hier', 'Ondersteuning bespreken', 'Afgerondeindstap',
    ]);
    await saved();
    await shot(admin, 'process', { phone: true });
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('tries the new type to the end in "Proberen", through the guarded branch', async () => {
    await tab('Proberen');
    await admin.getByRole('heading', { level: 2, name: 'Proberen' }).waitFor();
    await admin.getByRole('group', { name: 'Doen als' }).getByRole('checkbox', { name: ROLE }).check();
    const now = admin.getByRole('region', { name: 'Waar het traject nu staat' });
    await now.getByText('Leesplan opstellen').waitFor();
    const actions = admin.getByRole('region', { name: 'Wat u nu kunt doen' });
    await actions.getByRole('button', { name: 'Leesplan indienen', exact: true }).click();
    await actions.getByRole('button', { name: 'Vul het voorbeeld in' }).click();
    await actions.getByRole('status').filter({ hasText: 'Het formulier is in orde.' }).waitFor();
    await shot(admin, 'simulate-form');
    await actions.getByRole('button', { name: 'Leesplan indienen versturen' }).click();
    await now.getByText('Ondersteuning bespreken').waitFor();
    await actions.getByRole('button', { name: 'Bespreking afronden' }).click();
    await now.getByText('Het traject is afgerond.').waitFor();
    await shot(admin, 'simulate-done', { phone: true });
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('adds a timer in the step\'s Tijd section, sees it in the diagram and fires it by fast-forwarding in "Proberen"', async () => {
    await tab('Proces');
    await tree().getByRole('treeitem', { name: /^Ondersteuning bespreken/ }).click();
    const time = stepPanel('Ondersteuning bespreken').getByRole('region', { name: 'Tijd', exact: true });
    await time.getByLabel('Nieuwe timer (wat er dan is gebeurd)').fill('Bespreking verlopen');
    await time.getByRole('button', { name: 'Timer zetten' }).click();
    const timer = time.getByRole('region', { name: /Bespreking verlopen/ });
    // The moment: six weeks after entering the step, said in words as the diagram says it.
    await timer.getByLabel('Na: Aantal').fill('6');
    await timer.getByLabel('Na: Eenheid').selectOption({ value: 'W' });
    await timer.getByText('Dat is: na 6 weken').waitFor();
    expect(await timer.getByRole('article', { name: 'Keuze 1' }).getByLabel('Naar stap').inputValue()).toBe('afgerond');
    // Another shape and back: "voor de herfstvakantie" is on offer, and the duration is kept.
    await timer.getByRole('radio', { name: 'op de schoolkalender' }).check();
    await timer.getByText('Dat is: voor de herfstvakantie (vanaf 6 weken na het begin van de stap)').waitFor();
    await timer.getByRole('radio', { name: 'na een tijd in deze stap' }).check();
    await timer.getByText('Dat is: na 6 weken').waitFor();
    // A reminder without a due date: the live lint says so where the reminders are, and it goes when undone.
    await time.getByRole('checkbox', { name: 'Op de dag van de termijn' }).check();
    await time.getByRole('list', { name: 'Problemen' }).getByText(/herinneringen horen bij een termijn/).waitFor();
    await time.getByRole('checkbox', { name: 'Op de dag van de termijn' }).uncheck();
    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
    const diagram = admin.getByRole('region', { name: 'Stroomschema', exact: true });
    await diagram.getByText('◷ Bespreking verlopen').waitFor();
    await diagram.getByText('na 6 weken').waitFor();
    await saved();
    await shot(admin, 'time', { phone: true });
    await part(time, 'time-section');
    expect(await seriousViolations(admin)).toEqual([]);

    await tab('Proberen');
    await admin.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    const now = admin.getByRole('region', { name: 'Waar het traject nu staat' });
    const actions = admin.getByRole('region', { name: 'Wat u nu kunt doen' });
    await actions.getByRole('button', { name: 'Leesplan indienen', exact: true }).click();
    await actions.getByRole('button', { name: 'Vul het voorbeeld in' }).click();
    await actions.getByRole('button', { name: 'Leesplan indienen versturen' }).click();
    await now.getByText('Ondersteuning bespreken').waitFor();
    const timers = admin.getByRole('region', { name: 'Gaat vanzelf' });
    await timers.getByText('Bespreking verlopen').waitFor();
    await timers.getByText(/^na 6 weken: /).waitFor();
    await part(timers, 'simulate-timers');
    await admin.getByRole('group', { name: 'Spoel vooruit' }).getByRole('button', { name: '1 week' }).click();
    await now.getByText('Ondersteuning bespreken').waitFor();
    await admin.getByRole('group', { name: 'Spoel vooruit' }).getByRole('button', { name: 'tot de volgende timer' }).click();
    await now.getByText('Het traject is afgerond.').waitFor();
    const history = admin.getByRole('region', { name: 'Geschiedenis' });
    await history.getByText('◷ Bespreking verlopen').waitFor();
    await history.getByText(/^door het systeem · /).waitFor();
    await shot(admin, 'simulate-timer', { phone: true });
    await part(admin.getByRole('group', { name: 'Gesimuleerde datum' }), 'simulate-clock');
    await part(history, 'simulate-history');
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('publishes it with a change note, after reading what the first version contains', async () => {
    await admin.getByRole('button', { name: 'Publiceren', exact: true }).click();
    const dialog = admin.getByRole('dialog', { name: 'Nieuwe versie publiceren' });
    await dialog.getByText('Dit is de eerste versie van deze trajectsoort. Ze bevat:').waitFor();
    for (const change of ['Rol "Leescoördinator" toegevoegd', 'Stap "Leesplan opstellen" toegevoegd', 'Stap "Ondersteuning bespreken" toegevoegd',
      'Stap "Afgerond" toegevoegd', 'Formulier "Leesplan" toegevoegd']) await dialog.getByRole('listitem').filter({ hasText: change }).waitFor();
    expect(await dialog.getByText('Schoolleider').count()).toBe(0);
    await shot(admin, 'publish-dialog', { phone: true, fullPage: false });
    expect(await seriousViolations(admin)).toEqual([]);
    await dialog.getByRole('button', { name: 'Versie publiceren' }).click();
    await dialog.getByText('Schrijf een korte wijzigingsnotitie.').waitFor();
    await dialog.getByLabel('Wat is er veranderd en waarom? (verplicht)').fill('Eerste versie: leesplan met bespreking bij extra ondersteuning.');
    await dialog.getByRole('button', { name: 'Versie publiceren' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Versie 1 gepubliceerd' }).waitFor();
  });

  it('exports exactly the bundle the API serves', async () => {
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Versie 1 downloaden (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await downloadedText(download)) as unknown;
    const served = await api<{ definition: Record<string, unknown>; forms: unknown[] }>('GET', `types/${TYPE_ID}`);
    expect(served.status).toBe(200);
    expect(exported).toEqual(served.body);
    expect(served.body.definition.version).toBe(1);
    // What the visual editors wrote: the type's own role only, the guarded branch first, the form's group and rule.
    const definition = served.body.definition as { roles: object; description: unknown; machine: { states: Record<string, { on?: Record<string, unknown> }> } };
    expect(Object.keys(definition.roles)).toEqual(['leescoordinator']);
    expect(definition.description).toEqual({ nl: 'Een leesplan per school, met een bespreking als er extra ondersteuning nodig is.', en: 'A reading plan per school, discussed when extra support is needed.' });
    expect(Object.keys(definition.machine.states)).toEqual(['start', 'bespreken', 'afgerond']);
    const branches = definition.machine.states.start!.on!.AFRONDEN;
    expect(branches).toEqual([expect.objectContaining({ target: 'bespreken', guard: expect.objectContaining({ type: 'condition' }) }), 'afgerond']);
    expect(JSON.stringify(branches)).toContain('extraOndersteuningNodig');
    const form = served.body.forms[0] as { id: string; schema: { properties: Record<string, { type: string }> }; uischema: unknown };
    expect(form.id).toBe('leesplan');
    expect(form.schema.properties.boeken!.type).toBe('array');
    expect(JSON.stringify(form.uischema)).toContain('"effect":"SHOW"');
  });

  it('grants the new role to a demo user at a school and starts a trajectory of the new type there', async () => {
    await admin.goto(`${url}#/beheer/scholen`);
    await admin.getByRole('heading', { level: 1, name: 'Scholen en mensen' }).waitFor();
    await admin.getByRole('navigation', { name: 'Besturen en scholen' }).getByRole('button', { name: new RegExp(SCHOOL) }).click();
    await admin.getByRole('heading', { level: 2, name: SCHOOL }).waitFor();
    const people = admin.getByRole('region', { name: 'Mensen en rollen' });
    const grant = people.getByRole('form', { name: 'Rol geven aan iemand met een account' });
    await grant.getByLabel('E-mailadres').fill(USER);
    await grant.getByLabel('Rol').selectOption({ label: ROLE });
    await grant.getByRole('button', { name: 'Rol geven' }).click();
    await grant.getByText(`${USER} heeft nu de rol ${ROLE}.`).waitFor();

    await admin.getByRole('button', { name: 'Traject starten' }).click();
    const dialog = admin.getByRole('dialog', { name: `Traject starten of aanmelden: ${SCHOOL}` });
    await dialog.getByRole('radio', { name: TYPE }).check();
    await dialog.getByRole('button', { name: 'Starten' }).click();
    await admin.getByRole('heading', { level: 1, name: TYPE }).waitFor();
    trajectory = /#\/trajecten\/([0-9a-f-]{36})$/.exec(admin.url())![1]!;
  });

  it('lets that user complete the real trajectory in the participant pages', async () => {
    await signIn(user, url, USER);
    await user.goto(`${url}#/trajecten/${trajectory}`);
    await user.getByRole('heading', { level: 1, name: TYPE }).waitFor();
    await user.getByRole('heading', { level: 2, name: 'Leesplan opstellen' }).waitFor();
    expect(await user.getByLabel('Welke ondersteuning').count()).toBe(0);
    await user.getByRole('radio', { name: 'Ja' }).check();
    await user.getByLabel('Welke ondersteuning').fill('Voorlezen in kleine groepjes');
    await user.getByRole('button', { name: 'Toevoegen aan Boeken' }).click();
    await user.getByLabel('Titel van het boek').fill('Jip en Janneke');
    await shot(user, 'participant-form', { phone: true });
    await user.getByRole('button', { name: 'Leesplan indienen' }).click();
    await user.getByRole('heading', { level: 2, name: 'Ondersteuning bespreken' }).waitFor();
    await user.getByRole('button', { name: 'Bespreking afronden' }).click();
    // Closing the trajectory cannot be undone: the page asks first, and says so.
    const ask = user.getByRole('dialog', { name: 'Bespreking afronden?' });
    await ask.getByText('Het traject wordt afgesloten.').waitFor();
    await ask.getByRole('button', { name: 'Ja, Bespreking afronden' }).click();
    await user.getByRole('heading', { level: 2, name: 'Afgerond' }).waitFor();
    await shot(user, 'participant-done');
    const { body } = await api<{ status: string; state: unknown }>('GET', `trajectories/${trajectory}`);
    expect(body.status).toBe('done');
  });

  it('refuses to publish a draft with lint problems, in the UI and in the API (422 with pointers)', async () => {
    expect((await api('POST', 'type-drafts', { typeId: TYPE_ID, from: { typeId: TYPE_ID } })).status).toBe(201);
    const { body: draft } = await api<{ revision: number; definition: Record<string, unknown>; forms: unknown[] }>('GET', `type-drafts/${TYPE_ID}`);
    // A step that leads nowhere known: the guard's branch now points at a step that does not exist.
    const broken = structuredClone(draft.definition) as { machine: { states: Record<string, { on?: Record<string, unknown> }> } };
    broken.machine.states.bespreken!.on = { BESPREKING_AFRONDEN: 'nergens' };
    const put = await api<{ revision: number }>('PUT', `type-drafts/${TYPE_ID}`, { revision: draft.revision, definition: broken, forms: draft.forms });
    expect(put.status).toBe(200);
    type Refusal = { error: { code: string; message: { nl: string }; fieldErrors?: Array<{ path: string; file?: string; pointer?: string; message: { nl: string } }> } };
    const refused = await api<Refusal>('POST', `type-drafts/${TYPE_ID}/publish`, { revision: put.body.revision, note: 'kapot' });
    expect(refused.status).toBe(422);
    // Each problem points at its place: in the request (`path`) and in its file (`file` + `pointer`), in Dutch.
    const problem = refused.body.error.fieldErrors?.find((e) => e.file === 'definition' && e.pointer?.startsWith('/machine/states/bespreken/on'));
    expect(problem, JSON.stringify(refused.body)).toBeDefined();
    expect(problem!.path).toBe(`/definition${problem!.pointer}`);
    expect(problem!.message.nl).toMatch(/nergens/);

    await admin.goto(`${url}#/beheer/soorten/${TYPE_ID}`);
    await admin.getByRole('heading', { level: 1, name: TYPE }).waitFor();
    const publish = admin.getByRole('button', { name: 'Publiceren', exact: true });
    await admin.getByText(/^Publiceren kan nog niet: /).waitFor();
    expect(await publish.isDisabled()).toBe(true);
    expect(await admin.getByText(/^Publiceren kan nog niet: /).textContent()).toMatch(/Ondersteuning bespreken/);
    await shot(admin, 'publish-blocked', { phone: true, fullPage: false });
    // The diagram cannot be drawn like this: it names the problem in its way and leads there.
    const diagram = admin.getByRole('region', { name: 'Stroomschema', exact: true });
    await diagram.getByText(/nergens/).waitFor();
    await diagram.getByRole('button', { name: 'Naar dit probleem' }).click();
    await stepPanel('Ondersteuning bespreken').waitFor();
    // Nothing was published: the API still serves version 1.
    expect((await api<{ definition: { version: number } }>('GET', `types/${TYPE_ID}`)).body.definition.version).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
