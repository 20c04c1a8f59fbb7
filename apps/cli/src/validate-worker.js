// The loader thread's entry: plain JavaScript that registers tsx (as bin/koers.js does), then runs the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./validate-worker.ts');
