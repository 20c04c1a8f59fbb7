import { parentPort } from 'node:worker_threads';
import { type SourceFile, loadBundle } from '@koers/engine';

/**
 * A small type with a form, checked once when the thread starts: the first real file's time budget then counts
 * that file's own check, not the thread's first compile of the form validator and the linter (a cold start that
 * took longer than a quarter second on a busy machine, for a form of a few lines).
 */
const WARM_UP: SourceFile[] = [
  { file: 'warm-up/forms/f.json', text: JSON.stringify({
    id: 'f', title: { nl: 'F', en: 'F' }, examples: [{ a: 'x' }],
    schema: { type: 'object', required: ['a'], properties: { a: { type: 'string', title: 'A', pattern: '^x$' }, d: { type: 'string', format: 'date', title: 'D' } } },
  }) },
  { file: 'warm-up/workflows/w.json', text: JSON.stringify({
    id: 'w', version: 1, title: { nl: 'W', en: 'W' }, description: { nl: 'W', en: 'W' }, roles: { r: { title: { nl: 'R', en: 'R' } } },
    machine: { id: 'w', initial: 'a', states: {
      a: { meta: { title: { nl: 'A', en: 'A' }, roles: ['r'], forms: ['f'], events: { GO: { label: { nl: 'Go', en: 'Go' }, roles: ['r'], form: 'f' } } }, on: { GO: { target: 'b' } } },
      b: { type: 'final', meta: { title: { nl: 'B', en: 'B' } } },
    } },
  }) },
];
loadBundle(WARM_UP);

/** Runs the loader for `koers validate` off the main thread, telling it which file it is on. */
parentPort?.on('message', (files: SourceFile[]) => {
  const bundle = loadBundle(files, { onFile: (file) => parentPort?.postMessage({ type: 'file', file }) });
  parentPort?.postMessage({ type: 'done', problems: bundle.problems, definitions: bundle.definitions.length, forms: bundle.forms.size });
});
