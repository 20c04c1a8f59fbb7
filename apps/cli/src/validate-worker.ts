import { parentPort } from 'node:worker_threads';
import { type SourceFile, loadBundle } from '@koers/engine';

/** Runs the loader for `koers validate` off the main thread, telling it which file it is on. */
parentPort?.on('message', (files: SourceFile[]) => {
  const bundle = loadBundle(files, { onFile: (file) => parentPort?.postMessage({ type: 'file', file }) });
  parentPort?.postMessage({ type: 'done', problems: bundle.problems, definitions: bundle.definitions.length, forms: bundle.forms.size });
});
