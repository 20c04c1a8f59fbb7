#!/usr/bin/env node
// `npm test`'s vitest part: the browser suites and the other suites as two vitest runs side by side, each in one
// process of its own (vitest.config.ts). On a 2-core machine one run alone leaves a core idle a third of the time
// (a browser suite waits on Chromium, a process test on its server); side by side the whole takes about the longer
// of the two. The other suites run at a somewhat lower CPU priority (nice 5: a quarter of a core against the browser
// suites' whole one when both want it; nice 10 starved them so that a quarter-second time budget ran out), so the
// browser suites' pages draw about as fast as alone.
// Each line is marked with its run; the exit code is the worse of the two. Plain Node: nothing to build first.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const extra = process.argv.slice(2);

const runs = [
  { name: 'browser', projects: ['browser'], nice: 0 },
  { name: 'overig  ', projects: ['koers', 'alone'], nice: 5 },
];

const began = Date.now();
const results = await Promise.all(runs.map((run) => new Promise((done) => {
  // With a filter (`npm test -- packages/engine`) one of the two runs may have no file left: that is no failure.
  const args = [vitest, 'run', ...run.projects.flatMap((p) => ['--project', p]), ...extra, ...(extra.length > 0 ? ['--passWithNoTests'] : [])];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  // Before vitest starts its worker, which inherits the priority.
  if (run.nice) setPriority(child.pid, run.nice);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => (stream === child.stderr ? process.stderr : process.stdout).write(`${run.name} │ ${line}\n`));
  }
  child.on('close', (code, signal) => done({ run, code: code ?? (signal ? 1 : 0) }));
})));

const seconds = Math.round((Date.now() - began) / 1000);
for (const { run, code } of results) console.log(`${run.name.trim()}: ${code === 0 ? 'geslaagd / passed' : `MISLUKT / FAILED (exit ${code})`}`);
console.log(`Samen / together: ${seconds} s`);
process.exitCode = Math.max(...results.map((r) => r.code));
