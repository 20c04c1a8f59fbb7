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
