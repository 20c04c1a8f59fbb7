import { Worker } from 'node:worker_threads';
import type { Problem, SourceFile } from '@koers/engine';

export interface Checked {
  problems: Problem[];
  definitions: number;
  forms: number;
}

type Outcome = ({ type: 'done' } & Checked) | { type: 'timeout'; file: string };

/** One loader thread, kept between runs (starting one costs a second); replaced when a budget ends it. */
let worker: Worker | undefined;

function loaderThread(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./validate-worker.js', import.meta.url));
    worker.unref();
  }
  return worker;
}

/** Loads the files in the loader thread; ends it when one file takes longer than `perFileMs`. */
function runOnce(files: SourceFile[], perFileMs: number): Promise<Outcome> {
  const thread = loaderThread();
  return new Promise((resolve, reject) => {
    let current = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      thread.off('message', onMessage);
      thread.off('error', onError);
    };
    const onMessage = (message: { type: 'file'; file: string } | ({ type: 'done' } & Checked)) => {
      if (message.type === 'file') {
        current = message.file;
        clearTimeout(timer);
        timer = setTimeout(() => {
          finish();
          worker = undefined;
          void thread.terminate();
          resolve({ type: 'timeout', file: current });
        }, perFileMs);
      } else {
        finish();
        resolve(message);
      }
    };
    const onError = (error: Error) => {
      finish();
      worker = undefined;
      reject(error);
    };
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.postMessage(files);
  });
}

/**
 * Loads workflows and forms like `loadBundle`, with a time budget per file: a file whose check takes longer is
 * reported as `check-timeout` and left out, and the other files are checked again without it. Form patterns
 * run in linear time (RE2), so this guards against what nobody has thought of yet.
 */
export async function loadWithBudget(files: SourceFile[], perFileMs: number): Promise<Checked> {
  const timedOut: Problem[] = [];
  let remaining = files;
  for (;;) {
    const outcome = await runOnce(remaining, perFileMs);
    if (outcome.type === 'done') return { ...outcome, problems: [...timedOut, ...outcome.problems] };
    const seconds = perFileMs / 1000;
    timedOut.push({ file: outcome.file, pointer: '', code: 'check-timeout', message: {
      nl: `controle van dit bestand duurde langer dan ${seconds} s en is afgebroken; de andere bestanden zijn zonder dit bestand gecontroleerd`,
      en: `checking this file took longer than ${seconds} s and was stopped; the other files were checked without it`,
    } });
    remaining = remaining.filter((f) => f.file !== outcome.file);
  }
}
