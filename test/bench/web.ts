// `npx tsx test/bench/web.ts`: the web app's weight and speed (issue 4). Builds apps/web into a temp dir, then prints
// per route the gzipped JavaScript and CSS a first visit loads (from Vite's manifest, cross-checked by recording the
// files a fresh headless Chromium fetches), with the participant budget's verdict and what the trajectory page's
// lazily loaded parts add, and the time until the sign-in form is visible (median of 5 cold loads) against
// the built app served by the real server. The admin's pages are listed beside the participant's, and the
// participant's files are checked for admin code (from the modules the bundler put in each chunk). Prints figures
// only (no pass/fail); the machine is shared.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../browser/harness';
import { configFromEnv, startServer } from '@koers/host';
import { median } from './setup';
import { adminModulesIn, buildWebWithModules, cssOf, firstVisit, gzipBytes, PARTICIPANT_BUDGET_KB as BUDGET_KB } from './web-build';

const COLD_LOADS = 5;
/** Route -> the lazily loaded page module that renders it (see apps/web/src/routes/tree.tsx). */
const ROUTES: { hash: string; page: string; participant: boolean }[] = [
  { hash: '#/inloggen', page: 'src/pages/SignIn.tsx', participant: true },
  { hash: '#/trajecten', page: 'src/pages/trajectories/MyTrajectories.tsx', participant: true },
  { hash: '#/trajecten/:id', page: 'src/pages/trajectories/TrajectoryPage.tsx', participant: true },
  { hash: '#/formulieren', page: 'src/pages/forms/FormPreview.tsx', participant: false },
  { hash: '#/overzicht', page: 'src/pages/coach/CoachOverview.tsx', participant: false },
];
/** The admin editor's tabs, each loaded when first opened (apps/web/src/admin/editor/EditorTabs.tsx). */
const EDITOR_TABS = ['src/admin/process/ProcessTab.tsx', 'src/admin/forms/FormsTab.tsx', 'src/admin/json/JsonTab.tsx', 'src/admin/simulate/SimulateTab.tsx'];
/** The trajectory page's parts that load when first shown (apps/web/src/pages/trajectories/lazy.tsx). */
const TRAJECTORY_PARTS = ['src/pages/trajectories/FormPanel.tsx', 'src/pages/trajectories/Documents.tsx', 'src/pages/trajectories/TrajectoryHistory.tsx',
  'src/pages/signoffs/SignoffPanel.tsx', 'src/pages/trajectories/FlagPanel.tsx', 'src/pages/trajectories/GroupPanel.tsx', 'src/pages/trajectories/TrajectoryDiagram.tsx'];
/** The admin's pages (signed in only: measured from the manifest, not by a signed-out browser). */
const ADMIN_ROUTES: { hash: string; page: string }[] = [
  { hash: '#/beheer/soorten', page: 'src/admin/types/TypesAdminPage.tsx' },
  { hash: '#/beheer/soorten/:typeId', page: 'src/admin/editor/EditorPage.tsx' },
];

/**
 * Runs in the page before its own scripts: marks `signin-visible` when form.signin is first laid out, checked on
 * every DOM change and every frame (a style sheet can show it without a DOM change). A string, not a function:
 * tsx would add `__name` helpers that do not exist in the page.
 */
const MARK_SIGNIN_VISIBLE = `(() => {
  const check = () => {
    if (performance.getEntriesByName('signin-visible').length) return true;
    const form = document.querySelector('form.signin');
    const shown = form !== null && form.getClientRects().length > 0;
    if (shown) performance.mark('signin-visible');
    return shown;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (outDir: string, file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

// 1. Build into a temp dir, with the manifest and each chunk's modules.
const outDir = mkdtempSync(join(tmpdir(), 'koers-web-bench-'));
const dataDir = mkdtempSync(join(tmpdir(), 'koers-web-bench-data-'));
const t0 = performance.now();
const web = await buildWebWithModules(outDir);
console.log(`web: vite build in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

try {
  // 2. Per route from the manifest: the entry's static import closure + the page chunk's static import closure.
  const closure = web.staticClosure;
  const entryFiles = closure('index.html');
  const entryGz = [...entryFiles].reduce((sum, f) => sum + gz(outDir, f), 0);
  console.log(`web: entry (index.html) JS ${entryFiles.size} file(s), ${kb(entryGz)} gzip`);
  const fromManifest = new Map<string, number>();
  for (const route of ROUTES) {
    const { js: files, css, bytes: withCss } = firstVisit(web, route.page);
    const bytes = [...files].reduce((sum, f) => sum + gz(outDir, f), 0);
    fromManifest.set(route.hash, bytes);
    // The participant's budget counts JavaScript and CSS together; the verdict is printed, not enforced (shared machine).
    const spare = BUDGET_KB * 1024 - withCss;
    const budget = route.participant
      ? ` (budget ${BUDGET_KB} KB gzip JS+CSS: ${spare >= 0 ? `within, ${kb(spare)} to spare` : `OVER BUDGET by ${kb(-spare)}`})` : ' (admin)';
    console.log(`web: first visit ${route.hash.padEnd(16)} JS ${String(files.size).padStart(2)} file(s), ${kb(bytes)} gzip; with CSS (${css.size} file(s)) ${kb(withCss)}${budget} [manifest]`);
    if (route.participant) {
      const leaked = adminModulesIn(web, [...files]);
      console.log(`web:   admin code in ${route.hash}: ${leaked.length ? `${leaked.length} module(s): ${leaked.slice(0, 5).join(', ')}` : 'none'}`);
    }
  }
  // What each lazily loaded part of the trajectory page adds when it is first shown (a step with a form loads the form).
  const trajectory = firstVisit(web, 'src/pages/trajectories/TrajectoryPage.tsx');
  for (const part of TRAJECTORY_PARTS) {
    if (!web.manifest[part]) continue;
    const js = [...closure(part, new Set())].filter((f) => !trajectory.js.has(f));
    const added = gzipBytes(web, [...js, ...[...cssOf(web, js)].filter((f) => !trajectory.css.has(f))]);
    console.log(`web:   #/trajecten/:id part ${part.replace(/^src\/pages\//, '').padEnd(36)} adds ${kb(added)} gzip JS+CSS when shown (then ${kb(trajectory.bytes + added)} in all)`);
  }
  for (const route of ADMIN_ROUTES) {
    const files = closure(route.page, new Set(entryFiles));
    const all = web.fullClosure(route.page, new Set(entryFiles));
    const bytes = (set: Set<string>) => [...set].reduce((sum, f) => sum + gz(outDir, f), 0);
    console.log(`web: first visit ${route.hash.padEnd(16)} JS ${String(files.size).padStart(2)} file(s), ${kb(bytes(files))} gzip (admin) [manifest]; `
      + `with its lazy parts (tabs): ${all.size} file(s), ${kb(bytes(all))} gzip`);
  }
  // What opening each tab of the editor adds (the tabs load on demand).
  const editorFiles = closure('src/admin/editor/EditorPage.tsx', new Set(entryFiles));
  for (const tab of EDITOR_TABS) {
    if (!web.manifest[tab]) continue;
    const extra = [...closure(tab, new Set())].filter((f) => !editorFiles.has(f));
    console.log(`web:   editor tab ${tab.replace(/^src\/admin\//, '').padEnd(26)} adds ${extra.length} file(s), ${kb(extra.reduce((sum, f) => sum + gz(outDir, f), 0))} gzip`);
  }

  // 3. The real server on the build, no demo data.
  const server = await startServer(configFromEnv({ ...process.env, KOERS_SEED: '0', KOERS_DATA_DIR: dataDir, KOERS_WEB_ROOT: outDir, PORT: '0', HOST: '127.0.0.1' }), () => {});
  const browser = await launchChromium();
  try {
    // 3a. Cross-check: the JS files a fresh (signed-out) browser actually fetches per route, gzipped from disk.
    for (const route of ROUTES.filter((r) => !r.hash.includes(':'))) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files = new Set<string>();
      page.on('response', (res) => {
        const path = new URL(res.url()).pathname;
        if (path.endsWith('.js') || path.endsWith('.css')) files.add(path.replace(/^\//, ''));
      });
      await page.goto(`${server.url}/${route.hash}`, { waitUntil: 'networkidle' });
      const bytes = [...files].reduce((sum, f) => sum + gz(outDir, f), 0);
      const budget = route.participant ? ` (budget ${BUDGET_KB} KB gzip JS+CSS)` : ' (admin)';
      console.log(`web: first visit ${route.hash.padEnd(16)} JS+CSS ${String(files.size).padStart(2)} file(s), ${kb(bytes)} gzip${budget} [chromium, signed out]`);
      await context.close();
    }

    // 3b. Time to first render of the sign-in form: a MutationObserver marks the moment it is in the DOM and visible.
    const formVisible: number[] = [];
    const fcp: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      const context = await browser.newContext(); // fresh HTTP cache: a cold load
      await context.addInitScript({ content: MARK_SIGNIN_VISIBLE });
      const page = await context.newPage();
      await page.goto(`${server.url}/#/inloggen`);
      await page.waitForSelector('form.signin', { state: 'visible' });
      await page.waitForFunction(() => performance.getEntriesByName('signin-visible').length > 0, undefined, { timeout: 10_000 });
      const [visible, paint] = await page.evaluate(() => [
        performance.getEntriesByName('signin-visible')[0]!.startTime,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ]);
      formVisible.push(visible!);
      fcp.push(paint!);
      await context.close();
    }
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(`web: #/inloggen sign-in form visible, median of ${COLD_LOADS} cold loads: ${median(formVisible).toFixed(0)} ms (${list(formVisible)})`);
    console.log(`web: #/inloggen first contentful paint, median of ${COLD_LOADS} cold loads: ${median(fcp).toFixed(0)} ms (${list(fcp)})`);
    console.log(`web: (headless ${CHROMIUM}, real server on localhost, no throttling)`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
