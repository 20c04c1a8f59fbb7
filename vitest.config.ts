import { defineConfig } from 'vitest/config';

const ALL = ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'];
const BROWSER = ['test/browser/**/*.test.ts'];
/** Files that measure the process itself (its heap): they run in a process of their own. */
const ALONE = ['packages/server/test/publish-memory.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Opening PGlite (initdb in WASM) takes 2-3 s alone and far longer on a busy shared machine.
    hookTimeout: 60_000,
    // `expect.poll` waits for a condition as long as a browser locator does (8 s), not vitest's 1 s: a page under
    // load draws late, and a condition polled is no sleep.
    expect: { poll: { timeout: 8_000 } },
    pool: 'forks',
    // One process runs a project's files one after another, each module loaded once for all of them: loading every
    // file's imports anew (engine, Ajv, PGlite, React) cost ~1 s a file, a quarter of the whole run. Files leave no
    // state behind that another reads (each makes its own database, app and server).
    isolate: false,
    // `npm test` runs the browser suites and the rest side by side (test/run-suites.mjs); `npx vitest` runs all in turn.
    projects: [
      {
        extends: true,
        test: {
          name: 'browser', include: BROWSER,
          // The browser suites' one build of apps/web, one Chromium and one seeded database, made on first request.
          globalSetup: ['test/browser/run-setup.ts'],
        },
      },
      { extends: true, test: { name: 'koers', include: ALL, exclude: [...BROWSER, ...ALONE, '**/node_modules/**'] } },
      { extends: true, test: { name: 'alone', include: ALONE, isolate: true } },
    ],
  },
});
