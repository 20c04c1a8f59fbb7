import { describe, expect, it } from 'vitest';
import type { JsonObject, Problem } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { lintBundle } from '../src/admin/model/lint';
import { placeName } from '../src/admin/model/place-names';
import { selectionOfProblem } from '../src/admin/model/places';
import { pdBundle } from './shipped-bundles';

/** Lints the PD type after `change` and gives the problem with `code` (the test fails when the engine reports none). */
function problemAfter(change: (definition: any, form: (id: string) => any) => void, code: string): { problem: Problem; bundle: Bundle } {
  const bundle = pdBundle();
  change(bundle.definition, (id) => bundle.forms.find((f) => f.id === id)!);
  const problem = lintBundle(bundle).problems.find((p) => p.code === code);
  expect(problem, `a ${code} problem`).toBeDefined();
  return { problem: problem!, bundle };
}
const states = (definition: JsonObject) => (definition as any).machine.states;

describe('the place of a lint problem', () => {
  it('is the transition of an event that goes to a step that does not exist', () => {
    const { problem, bundle } = problemAfter((d) => { states(d).intake.on.FOUT = 'nergens'; }, 'unknown-target');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'transition', path: ['intake'], event: 'FOUT', index: 0 });
  });

  it('is the automatic choice, with its branch, deep inside parallel tracks', () => {
    const { problem, bundle } = problemAfter((d) => {
      const step = states(d).uitvoering.states.begeleiding.states.gesprekVerwerkt;
      step.always[1].target = 'nergens';
    }, 'unknown-target');
    expect(selectionOfProblem(problem, bundle))
      .toEqual({ kind: 'transition', path: ['uitvoering', 'begeleiding', 'gesprekVerwerkt'], event: '', index: 1 });
  });

  it("is the event's transition when its description in meta.events asks for a field the form lacks", () => {
    const { problem, bundle } = problemAfter((d) => { states(d).startgesprek.meta.events.STARTGESPREK_VASTLEGGEN.requiredFields = ['/bestaatNiet']; }, 'unknown-field');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'transition', path: ['startgesprek'], event: 'STARTGESPREK_VASTLEGGEN', index: 0 });
  });

  it('is the step when the step waits for a role the type does not declare', () => {
    const { problem, bundle } = problemAfter((d) => { states(d).planning.meta.roles = ['onbekend']; }, 'unknown-role');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'step', path: ['planning'] });
  });

  it('is the type for a problem in its roles, budgets or title', () => {
    const { problem, bundle } = problemAfter((d) => { delete d.title; }, 'format-required');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'type' });
  });

  it('is the field of a form whose schema is broken, inside a repeatable group', () => {
    const { problem, bundle } = problemAfter((_d, form) => { form('pd-startgesprek').schema.properties.smartDoelen.items.properties.doel.type = 'tekst'; }, 'bad-form-schema');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'form', formId: 'pd-startgesprek', field: '/properties/smartDoelen/items/properties/doel' });
  });

  it('is the field a layout element shows', () => {
    const { problem, bundle } = problemAfter((_d, form) => {
      form('pd-intake').uischema.elements.push({ type: 'Control', scope: '#/properties/nergens' });
    }, 'unknown-scope');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'form', formId: 'pd-intake', field: '/properties/nergens' });
  });

  it('is the field of an example answer that does not fit the schema', () => {
    const { problem, bundle } = problemAfter((_d, form) => { form('pd-startgesprek').examples[0].smartDoelen[0].doel = 5; }, 'bad-example');
    expect(selectionOfProblem(problem, bundle)).toEqual({ kind: 'form', formId: 'pd-startgesprek', field: '/properties/smartDoelen/items/properties/doel' });
  });

  it('is the form itself when no field can be told, and the type for a form that is not there', () => {
    const bundle = pdBundle();
    expect(selectionOfProblem({ file: 'forms/0', pointer: '/title' }, bundle)).toEqual({ kind: 'form', formId: bundle.forms[0]!.id });
    expect(selectionOfProblem({ file: 'forms/99', pointer: '/title' }, bundle)).toEqual({ kind: 'type' });
  });
});

describe('the place of a problem in words', () => {
  it('names steps, events and fields by their titles', () => {
    const bundle = pdBundle();
    expect(placeName({ kind: 'step', path: ['intake'] }, bundle, 'nl')).toBe('Stap "Intakegesprek"');
    expect(placeName({ kind: 'transition', path: ['uitvoering', 'begeleiding', 'gesprekVerwerkt'], event: '', index: 1 }, bundle, 'en'))
      .toMatch(/^Step ".+" · automatic choice 2$/);
    expect(placeName({ kind: 'form', formId: 'pd-startgesprek', field: '/properties/smartDoelen/items/properties/doel' }, bundle, 'nl'))
      .toBe('Formulier "Startgesprek PD-schoolontwikkelingstraject" · veld "Doel"');
    expect(placeName({ kind: 'type' }, bundle, 'nl')).toBe('Trajectsoort');
  });
});
