/// <reference lib="webworker" />
import { lintBundle } from '../model/lint';
import type { LintRequest, LintAnswer } from './useLint';

/*
 * Lints off the main thread: the PD type takes tens of milliseconds, which would make every keystroke wait.
 * The answer carries the problems only (the compiled machine holds functions and does not cross threads).
 */
self.onmessage = (event: MessageEvent<LintRequest>) => {
  const started = performance.now();
  const { problems } = lintBundle(event.data.bundle);
  const answer: LintAnswer = { id: event.data.id, problems, ms: performance.now() - started };
  self.postMessage(answer);
};
