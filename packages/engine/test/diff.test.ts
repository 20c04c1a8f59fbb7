import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffBundles, type BundleJson, type JsonObject } from '../src';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
function pd(): BundleJson & { forms: JsonObject[] } {
  const forms = readdirSync(join(ROOT, 'forms')).filter((f) => f.startsWith('pd-')).sort().map((f) => read(join(ROOT, 'forms', f)));
  return { definition: read(join(ROOT, 'workflows/pd-schoolontwikkeling.json')), forms };
}
const said = (before: BundleJson | undefined, after: BundleJson, lang: 'nl' | 'en' = 'nl') => diffBundles(before, after).map((c) => c.description[lang]);
const states = (b: BundleJson) => (b.definition as any).machine.states;
const form = (b: BundleJson, id: string) => b.forms.find((f) => f.id === id) as any;

describe('diffBundles: what changed between two versions, in the domain’s words', () => {
  it('finds nothing between a type and itself, nor when only key order or the version number differ', () => {
    const a = pd();
    const b = pd();
    b.definition = { version: 7, ...Object.fromEntries(Object.entries(b.definition).reverse()) };
    expect(diffBundles(a, b)).toEqual([]);
  });

  it('names a step renamed, with what changed in it, in Dutch and English', () => {
    const a = pd();
    const b = pd();
    states(b).intake.meta.title = { nl: 'Kennismaking', en: 'Introduction' };
    states(b).intake.meta.expectedDuration = 'P21D';
    expect(said(a, b)).toEqual(['Stap "Kennismaking" gewijzigd: titel, verwachte duur']);
    expect(said(a, b, 'en')).toEqual(['Step "Introduction" changed: title, expected duration']);
  });

  it('names a step whose timers, due moment or reminders changed, and the type’s school calendar', () => {
    const a = pd();
    const b = pd();
    states(b).intake.meta.timers = { TERMIJN: { label: { nl: 'Termijn', en: 'Due' }, after: 'P6M' } };
    delete states(b).intake.meta.expectedDuration;
    states(b).intake.meta.deadline = { at: 'voor-herfstvakantie' };
    states(b).intake.meta.reminders = { onDue: true };
    (b.definition as any).calendar = { holidayDue: 'keep' };
    const title = states(a).intake.meta.title.nl;
    const type = (a.definition as any).title.nl;
    expect(said(a, b)).toEqual([`Trajectsoort "${type}" gewijzigd: schoolkalender`, `Stap "${title}" gewijzigd: verwachte duur, termijn, timers, herinneringen`]);
  });

  it('names steps added and removed deep inside parallel tracks', () => {
    const a = pd();
    const b = pd();
    const begeleiding = states(b).uitvoering.states.begeleiding.states;
    begeleiding.extraGesprek = { meta: { title: { nl: 'Extra gesprek', en: 'Extra meeting' } } };
    delete begeleiding.afgerond;
    const changes = diffBundles(a, b);
    expect(changes).toContainEqual(expect.objectContaining({ change: 'added', subject: 'step', step: 'uitvoering.begeleiding.extraGesprek' }));
    expect(changes.find((c) => c.change === 'removed')?.description.nl).toMatch(/^Stap ".+" verwijderd$/);
  });

  it('names an event added, and one whose roles and target changed, in the step it belongs to', () => {
    const a = pd();
    const b = pd();
    const intake = states(b).intake;
    intake.on.TERUG = 'schoolformulier';
    intake.meta.events.TERUG = { label: { nl: 'Terug naar het schoolformulier', en: 'Back to the school form' }, roles: ['casemanager'] };
    const [event] = Object.keys(states(a).startgesprek.meta.events);
    states(b).startgesprek.meta.events[event!].roles = ['ib'];
    states(b).startgesprek.on[event!] = 'intake';
    expect(said(a, b)).toEqual([
      'Gebeurtenis "Terug naar het schoolformulier" in stap "Intakegesprek" toegevoegd',
      expect.stringMatching(/^Gebeurtenis ".+" in stap "Startgesprek en SMART-doelen" gewijzigd: wie mag, doel, voorwaarde of acties$/),
    ]);
  });

  it('names a changed automatic choice', () => {
    const a = pd();
    const b = pd();
    states(b).uitvoering.states.begeleiding.states.gesprekVerwerkt.always.reverse();
    expect(diffBundles(a, b)).toEqual([expect.objectContaining({ subject: 'event', event: '', change: 'changed', step: 'uitvoering.begeleiding.gesprekVerwerkt' })]);
  });

  it('names fields added, removed and changed inside a repeatable group, with required and limits', () => {
    const a = pd();
    const b = pd();
    const doelen = form(b, 'pd-startgesprek').schema.properties.smartDoelen;
    doelen.items.properties.eigenaar = { type: 'string', title: 'Eigenaar' };
    doelen.items.required = doelen.items.required.filter((r: string) => r !== 'doel');
    doelen.maxItems = 5;
    delete form(b, 'pd-startgesprek').schema.properties.uren;
    const changes = diffBundles(a, b);
    const texts = changes.map((c) => c.description.nl);
    const inForm = 'in formulier "Startgesprek PD-schoolontwikkelingstraject"';
    expect(texts).toEqual([
      `Veld "SMART-doelen per verbeterpunt" ${inForm} gewijzigd: grenzen of regels`,
      `Veld "Bestede uren casemanager" ${inForm} verwijderd`,
      `Veld "Eigenaar" ${inForm} toegevoegd`,
      `Veld "Doel" ${inForm} gewijzigd: verplicht`,
    ]);
    expect(changes).toContainEqual(expect.objectContaining({ change: 'removed', subject: 'field', field: '/properties/uren' }));
  });

  it('names a form added or removed, and a form whose layout changed', () => {
    const a = pd();
    const b = pd();
    b.forms.push({ id: 'pd-nieuw', title: { nl: 'Nieuw formulier', en: 'New form' }, schema: { type: 'object', properties: {} } });
    b.forms.splice(b.forms.findIndex((f) => f.id === 'pd-besluit'), 1);
    form(b, 'pd-intake').uischema = { type: 'VerticalLayout', elements: [] };
    expect(said(a, b)).toEqual([
      'Formulier "Besluit: afsluiten of verlengen" verwijderd',
      'Formulier "Intakegesprek" gewijzigd: indeling',
      'Formulier "Nieuw formulier" toegevoegd',
    ]);
  });

  it('names a form whose checks across fields changed', () => {
    const a = pd();
    const b = pd();
    form(b, 'pd-intake').rules = [{ id: 'x', path: '', check: true, message: { nl: 'x', en: 'x' } }];
    expect(said(a, b)).toEqual(['Formulier "Intakegesprek" gewijzigd: controles over velden heen']);
    expect(said(a, b, 'en')).toEqual(['Form "Intake meeting" changed: checks across fields']);
  });

  it('names the type’s own settings and roles', () => {
    const a = pd();
    const b = pd();
    (b.definition as any).title = { nl: 'PD nieuw', en: 'PD new' };
    (b.definition as any).roles.mentor = { title: { nl: 'Mentor', en: 'Mentor' } };
    expect(said(a, b)).toEqual(['Trajectsoort "PD nieuw" gewijzigd: titel', 'Rol "Mentor" toegevoegd']);
  });

  it('says everything is new for a type without a previous version', () => {
    const changes = diffBundles(undefined, pd());
    expect(changes.every((c) => c.change === 'added')).toBe(true);
    expect(changes.filter((c) => c.subject === 'step').length).toBeGreaterThan(10);
    expect(changes.some((c) => c.subject === 'form')).toBe(true);
  });
});
