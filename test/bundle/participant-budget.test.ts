import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminModulesIn, buildWebWithModules, firstVisit, PARTICIPANT_BUDGET_KB, type WebBuild } from '../bench/web-build';

/** The participant's pages, keyed by route, as the route tree loads them (apps/web/src/routes/tree.tsx). */
const PARTICIPANT_PAGES = {
  '#/inloggen': 'src/pages/SignIn.tsx',
  '#/trajecten': 'src/pages/trajectories/MyTrajectories.tsx',
  '#/trajecten/:id': 'src/pages/trajectories/TrajectoryPage.tsx',
};

// One production build of apps/web (the bench's, which also records the modules in each chunk).
describe('the participant pages in the production build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'koers-budget-'));
  let web: WebBuild;
  beforeAll(async () => { web = await buildWebWithModules(outDir); }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`load at most ${PARTICIPANT_BUDGET_KB} KB gzip of JavaScript and CSS on a first visit`, () => {
    for (const [route, page] of Object.entries(PARTICIPANT_PAGES)) {
      const { bytes } = firstVisit(web, page);
      expect({ route, kb: Math.round(bytes / 1024) }).toEqual({ route, kb: expect.toSatisfy((kb: number) => kb <= PARTICIPANT_BUDGET_KB) });
    }
  });

  it('carry no admin code and none of the engine\'s linter, not even in the parts the trajectory page loads later', () => {
    for (const page of Object.values(PARTICIPANT_PAGES)) expect(adminModulesIn(web, firstVisit(web, page).js)).toEqual([]);
    const parts = web.manifest[PARTICIPANT_PAGES['#/trajecten/:id']]!.dynamicImports ?? [];
    expect(parts).toContain('src/pages/trajectories/FormPanel.tsx');
    for (const part of parts) expect(adminModulesIn(web, web.staticClosure(part))).toEqual([]);
  });

  it('keep the forms (JSON Forms, Ajv) and date arithmetic (Temporal) out of the trajectory page until a form is shown', () => {
    const modules = [...firstVisit(web, PARTICIPANT_PAGES['#/trajecten/:id']).js].flatMap((file) => web.modules.get(file) ?? []);
    expect(modules.filter((id) => /node_modules\/(@jsonforms|ajv|temporal-polyfill|lodash)\//.test(id))).toEqual([]);
    const later = [...web.staticClosure('src/pages/trajectories/FormPanel.tsx')].flatMap((file) => web.modules.get(file) ?? []);
    expect(later.some((id) => id.includes('node_modules/@jsonforms/core/'))).toBe(true);
  });
});
