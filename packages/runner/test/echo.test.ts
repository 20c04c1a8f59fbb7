import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { Actions, coreReducer, type JsonFormsCore } from '@jsonforms/core';
import { keepNewerAnswers } from '../src/form/echo';

const schema = { type: 'object', properties: { begin: { type: 'string' }, end: { type: 'string' } } };
const uischema = { type: 'VerticalLayout', elements: [] };
const options = { ajv: new Ajv(), validationMode: 'NoValidation' as const };

function start(data: object) {
  const middleware = keepNewerAnswers();
  let core = middleware({} as JsonFormsCore, Actions.init(data, schema, uischema, options), coreReducer);
  return {
    type(path: string, value: string) { core = middleware(core, Actions.update(path, () => value), coreReducer); return core.data as object; },
    props(next: object) { core = middleware(core, Actions.updateCore(next, schema, uischema, options), coreReducer); },
    get data() { return core.data as Record<string, unknown>; },
  };
}

describe('keepNewerAnswers (JSON Forms middleware)', () => {
  it('keeps the second field typed when the page re-renders late with the answers after only the first', () => {
    const form = start({});
    const afterBegin = form.type('begin', '2027-09-01');
    form.type('end', '2028-07-01');
    form.props(afterBegin); // the parent heard of the first change only
    expect(form.data).toEqual({ begin: '2027-09-01', end: '2028-07-01' });
  });

  it('still takes answers from outside, also when they are older answers brought back as a copy', () => {
    const form = start({ begin: 'a' });
    const before = form.type('begin', 'b');
    form.props({ begin: 'loaded' });
    expect(form.data).toEqual({ begin: 'loaded' });
    form.props({ ...before });
    expect(form.data).toEqual({ begin: 'b' });
  });

  it('without it, JSON Forms itself loses the second field (the bug this guards against)', () => {
    let core = coreReducer({} as JsonFormsCore, Actions.init({}, schema, uischema, options));
    core = coreReducer(core, Actions.update('begin', () => '2027-09-01'));
    const afterBegin = core.data;
    core = coreReducer(core, Actions.update('end', () => '2028-07-01'));
    core = coreReducer(core, Actions.updateCore(afterBegin, schema, uischema, options));
    expect(core.data).toEqual({ begin: '2027-09-01' });
  });
});
