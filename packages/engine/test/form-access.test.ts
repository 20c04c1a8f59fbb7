import { describe, expect, it } from 'vitest';
import { type JsonObject, type TrajectoryDefinition, canReadForm, canReadWholeForm, readableAnswers, readableForms } from '../src';

const def: Pick<TrajectoryDefinition, 'formAccess'> = {
  formAccess: {
    gesprek: { read: ['directie', 'leerkracht'], fields: { '/afspraken': ['directie'], '/doelen/*/oordeel': ['directie'] } },
    geheim: { read: ['directie'] },
  },
};
const answers: JsonObject = { sfeer: 'goed', afspraken: 'coaching', doelen: [{ doel: 'lezen', oordeel: 'voldoende' }, { doel: 'rekenen' }] };

describe('who may read a form (formAccess)', () => {
  it('lets everyone read a form the type does not restrict', () => {
    expect(canReadForm(def, 'intake', [])).toBe(true);
    expect(readableAnswers(def, 'intake', answers, ['ib'])).toBe(answers);
  });

  it('lets only holders of a reader role read a restricted form, and gives others nothing', () => {
    expect(canReadForm(def, 'geheim', ['directie'])).toBe(true);
    expect(canReadForm(def, 'geheim', ['leerkracht', 'ib'])).toBe(false);
    expect(readableAnswers(def, 'geheim', answers, ['leerkracht'])).toBeNull();
    expect(readableAnswers(def, 'geheim', answers, [])).toBeNull();
  });

  it('removes the fields a reader may not read, in every item of a list, without changing the answers', () => {
    expect(readableAnswers(def, 'gesprek', answers, ['leerkracht'])).toEqual({ sfeer: 'goed', doelen: [{ doel: 'lezen' }, { doel: 'rekenen' }] });
    expect(readableAnswers(def, 'gesprek', answers, ['directie'])).toEqual(answers);
    expect((answers.doelen as JsonObject[])[0]).toEqual({ doel: 'lezen', oordeel: 'voldoende' });
  });

  it('counts as reading the whole form only with every restricted field', () => {
    expect(canReadWholeForm(def, 'gesprek', ['directie'])).toBe(true);
    expect(canReadWholeForm(def, 'gesprek', ['leerkracht'])).toBe(false);
    expect(canReadWholeForm(def, 'intake', [])).toBe(true);
  });

  it('redacts a record of forms: unreadable forms left out, restricted fields removed', () => {
    expect(readableForms(def, { gesprek: answers, geheim: { x: 1 }, intake: { y: 2 } }, ['leerkracht']))
      .toEqual({ gesprek: { sfeer: 'goed', doelen: [{ doel: 'lezen' }, { doel: 'rekenen' }] }, intake: { y: 2 } });
  });
});

describe('the documented formAccess example', () => {
  it('loads with the form it names and hides the assessment from the teacher', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadBundle } = await import('../src');
    const doc = readFileSync('docs/definition-format.md', 'utf8');
    const from = doc.indexOf('### Wie mag wat lezen');
    const snippet = doc.slice(doc.indexOf('```json', from) + 7, doc.indexOf('```', doc.indexOf('```json', from) + 7));
    const workflow = JSON.parse(readFileSync('test/fixtures/form-access/workflows/gesprek.json', 'utf8')) as Record<string, unknown>;
    const formAccess = (JSON.parse(`{${snippet}}`) as { formAccess: JsonObject }).formAccess;
    const bundle = loadBundle([
      { file: 'workflows/gesprek.json', text: JSON.stringify({ ...workflow, formAccess }) },
      ...['gesprek-verslag', 'gesprek-reactie'].map((id) => ({ file: `forms/${id}.json`, text: readFileSync(`test/fixtures/form-access/forms/${id}.json`, 'utf8') })),
    ]);
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!.definition;
    expect(readableAnswers(def, 'gesprek-verslag', { sfeer: 'Open.', beoordeling: 'Goed.' }, ['leerkracht'])).toEqual({ sfeer: 'Open.' });
    expect(readableAnswers(def, 'gesprek-verslag', { sfeer: 'Open.' }, ['ib'])).toBeNull();
  });
});
