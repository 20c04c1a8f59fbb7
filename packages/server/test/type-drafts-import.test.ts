import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf } from './support/harness';
import { tableHashes } from './support/tables';
import { shippedWorld } from './support/world';

type Json = Record<string, any>;
const TABLES = ['type_versions', 'type_drafts', 'audit_log', 'trajectories'];

await forEachDatabase('importing and exporting a type bundle', shippedWorld, (w) => {
  const admin = () => w.as('admin@koers.nl');
  const fingerprint = () => tableHashes(w.store, TABLES);
  /** The published VL bundle as another type: a valid import to break in many ways. */
  const bundle = async (id = 'vl-import') => {
    const a = await admin();
    const served = await answer(a.api.types[':id'].$get({ param: { id: 'voortgezet-leren' }, query: {} }));
    return { definition: { ...structuredClone(served.definition), id }, forms: structuredClone(served.forms) } as { definition: Json; forms: Json[] };
  };

  it('exports a version as an attachment <id>-v<n>.json with the same JSON, which imports back as a draft of that type', async () => {
    const a = await admin();
    const plain = await a.request('GET', '/api/types/voortgezet-leren?version=4');
    const download = await a.request('GET', '/api/types/voortgezet-leren?version=4&download=true');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="voortgezet-leren-v4.json"');
    expect(plain.headers.get('content-disposition')).toBeNull();
    const text = await download.text();
    expect(text).toBe(await plain.text());
    const draft = await answer(a.api['type-drafts'].import.$post({ json: JSON.parse(text), query: {} }), 201);
    expect(draft).toMatchObject({ typeId: 'voortgezet-leren', basedOn: 4, revision: 1, definition: JSON.parse(text).definition });
    expect(JSON.stringify(draft.definition)).toBe(JSON.stringify(JSON.parse(text).definition));
  });

  it('refuses a second import of a type with a draft unless told to replace it, then moves the revision on', async () => {
    const a = await admin();
    const b = await bundle('vl-twee');
    expect((await answer(a.api['type-drafts'].import.$post({ json: b, query: {} }), 201)).revision).toBe(1);
    const again = await a.request('POST', '/api/type-drafts/import', b);
    expect(again.status).toBe(409);
    expect((await errorOf(again) as Json).details.current.revision).toBe(1);
    b.definition.description = { nl: 'Vervangen', en: 'Replaced' };
    const replaced = await answer(a.api['type-drafts'].import.$post({ json: b, query: { replace: 'true' } }), 201);
    expect(replaced).toMatchObject({ revision: 2, definition: { description: { nl: 'Vervangen' } } });
  });

  it('keeps labels with markup as text: stored and served exactly as written', async () => {
    const a = await admin();
    const b = await bundle('vl-opmaak');
    b.definition.title = { nl: '<script>alert("nl")</script><b>Vet</b>', en: '<img src=x onerror=alert(1)>' };
    const draft = await answer(a.api['type-drafts'].import.$post({ json: b, query: {} }), 201);
    expect(draft.definition.title).toEqual(b.definition.title);
    expect((await answer(a.api['type-drafts'][':typeId'].$get({ param: { typeId: 'vl-opmaak' } }))).definition.title).toEqual(b.definition.title);
  });

  it('refuses a broken or hostile bundle with every problem at its place, and changes nothing', async () => {
    const a = await admin();
    const valid = await bundle('vl-kapot');
    const good = JSON.stringify(valid);
    const unknownGuard = await bundle('vl-kapot');
    const [firstStep] = Object.keys(unknownGuard.definition.machine.states);
    unknownGuard.definition.machine.states[firstStep!].always = [{ target: firstStep, guard: { type: 'stiekemeGuard' } }];
    unknownGuard.forms[0]!.schema.properties = { ...unknownGuard.forms[0]!.schema.properties, x: { type: 'getal' } };
    const aFormAsWorkflow = await bundle('vl-kapot');
    aFormAsWorkflow.forms.push(aFormAsWorkflow.definition);
    const deep = `{"definition":${'['.repeat(5000)}${']'.repeat(5000)},"forms":[]}`;
    const corpus: Array<[string, string, number, string | RegExp, string?]> = [
      ['not JSON', '{"definition": {', 400, '', 'JSON'],
      ['not an object', '"bundel"', 422, ''],
      ['50 MB', `{"definition":{"x":"${'a'.repeat(50 * 1024 * 1024)}"},"forms":[]}`, 413, '/body', 'te groot'],
      ['a prototype key', `{"definition":${JSON.stringify(valid.definition)},"forms":[{"__proto__":{"isAdmin":true}}]}`, 400, /^\/forms\/0/, '__proto__'],
      ['a constructor key deep inside', good.replace('"machine":{', '"machine":{"constructor":{"prototype":{}},'), 400, '/definition/machine/constructor'],
      ['a key twice', good.replace('"id":"vl-kapot"', '"id":"vl-kapot","id":"pd-schoolontwikkeling"'), 400, '/definition/id', 'twee keer'],
      ['a depth bomb (the whole body is its place)', deep, 400, '', 'te diep'],
      ['a NUL in a label', good.replace('"title":{"nl":"', '"title":{"nl":"\\u0000'), 422, '/definition/title/nl'],
      ['an unknown field', good.replace('{"definition"', '{"extra":1,"definition"'), 422, '/extra'],
      ['no definition', '{"forms":[]}', 422, '/definition'],
      ['an unknown guard and a bad form schema', JSON.stringify(unknownGuard), 422, '/forms/0/schema/properties/x/type', 'stiekemeGuard'],
      ['a workflow among the forms', JSON.stringify(aFormAsWorkflow), 422, /^\/forms\/\d+(\/|$)/],
    ];
    const before = await fingerprint();
    for (const [name, body, status, path, words] of corpus) {
      const res = await a.request('POST', '/api/type-drafts/import', body);
      const error = await errorOf(res);
      expect(res.status, name).toBe(status);
      expect(error.message.nl, name).toBeTruthy();
      expect(error.message.en, name).toBeTruthy();
      if (typeof path === 'string') expect(error.path, name).toBe(path);
      else expect(error.path, name).toMatch(path);
      if (words) expect(JSON.stringify(error), name).toContain(words);
    }
    const guard = await errorOf(await a.request('POST', '/api/type-drafts/import', JSON.stringify(unknownGuard))) as unknown as { fieldErrors: Array<{ path: string; code: string }> };
    expect(guard.fieldErrors.map((p) => `${p.path} ${p.code}`)).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^/definition/machine/states/${firstStep}/always/0/guard.* unknown-guard$`)),
      expect.stringMatching(/^\/forms\/0\/schema\/properties\/x\/type /),
    ]));
    expect(await fingerprint()).toEqual(before);
  });
});
