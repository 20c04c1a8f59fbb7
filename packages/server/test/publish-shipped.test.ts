import { expect, it } from 'vitest';
import { loadBundleOrThrow } from '@koers/engine';
import { forEachDatabase } from '@koers/testing';
import { readTree } from '@koers/testing';
import { bundleForms } from '../src/registry';
import { answer, emptyApp, errorOf } from './support/harness';

/** Every shipped workflow with the forms it uses, as an author would send them: the files' own JSON. */
function shippedBundles() {
  const files = readTree('workflows', 'forms');
  const raw = new Map(files.map((f) => [f.file, JSON.parse(f.text) as Record<string, unknown>]));
  const bundle = loadBundleOrThrow(files);
  return bundle.definitions.map((def) => ({
    id: def.definition.id,
    definition: raw.get(def.file)!,
    forms: bundleForms(def).map((form) => raw.get(form.file)!),
  }));
}

// An empty catalogue: the database starts without the shipped types, so they arrive only through the API.
await forEachDatabase('publishing the shipped types through the API', emptyApp, (w) => {
  it('accepts every shipped workflow with its forms, however deeply its states are nested', async () => {
    const admin = await w.admin();
    const bundles = shippedBundles();
    expect(bundles.map((b) => b.id).sort()).toEqual(['pd-schoolontwikkeling', 'pdca-kwaliteitskaart', 'voortgezet-leren']);
    for (const bundle of bundles) {
      const res = await admin.request('POST', '/api/types', { definition: bundle.definition, forms: bundle.forms });
      expect(res.status, `${bundle.id}: ${await res.clone().text()}`).toBe(201);
    }
    const list = await answer(admin.api.types.$get());
    expect(list.map((t) => t.id).sort()).toEqual(bundles.map((b) => b.id).sort());
  });

  it('refuses a definition nested one level deeper than a definition file may be, at the definition', async () => {
    const admin = await w.admin();
    let deep: Record<string, unknown> = {};
    const definition = { id: 'te-diep', deep };
    // 49 levels: one more than DEFINITION_MAX_DEPTH.
    for (let i = 0; i < 47; i++) deep = (deep.x = {}) as Record<string, unknown>;
    const res = await admin.request('POST', '/api/types', { definition });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).fieldErrors?.[0]).toMatchObject({ path: '/definition', code: 'too-deep', message: { nl: 'te diep genest (49 niveaus, max 48)' } });
  });

  it('accepts a bundle as large as the files may be (2 MB), not only as large as an ordinary body (1 MB)', async () => {
    const admin = await w.admin();
    const [bundle] = shippedBundles().filter((b) => b.id === 'pdca-kwaliteitskaart');
    const definition = { ...bundle!.definition, version: (bundle!.definition as { version: number }).version + 1 };
    // Pretty-printed as an editor might save it, and padded past 1 MB with white space.
    const text = JSON.stringify({ definition, forms: bundle!.forms }, null, 2);
    const padded = text.replace('{', `{${' '.repeat(1_500_000 - text.length)}`);
    expect(padded.length).toBeGreaterThan(1024 * 1024);
    const res = await admin.request('POST', '/api/types', padded);
    expect(res.status, await res.clone().text()).toBe(201);
  });
});
