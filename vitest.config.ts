import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Opening PGlite (initdb in WASM) takes 2-3 s alone and far longer on a busy shared machine.
    hookTimeout: 60_000,
    // `expect.poll` waits for a condition as long as a browser locator does (8 s), not vitest's 1 s: a page under
    // load draws late, and a condition polled is no sleep.
    expect: { poll: { timeout: 8_000 } },
    pool: 'forks',
    // The browser suites' one build of apps/web, one Chromium and one seeded database, made on first request.
    globalSetup: ['test/browser/run-setup.ts'],
  },
});
