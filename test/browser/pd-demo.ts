import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

/** The demo's people at CBS De Wegwijzer who walk its PD trajectory (README.md, "Demo-accounts"). */
export const IB = 'ib.wegwijzer@koers.example';
export const DIRECTIE = 'directie.wegwijzer@koers.example';
export const WERKGROEP = 'leerkracht.wegwijzer@koers.example';
export const CASEMANAGER = 'casemanager@koers.example';

/** The first example of a shipped form (`forms/<form>.json`) whose answers include `pick`. */
export function formExample(form: string, pick: Record<string, unknown> = {}): Record<string, unknown> {
  const all = JSON.parse(readFileSync(join(ROOT, 'forms', `${form}.json`), 'utf8')).examples as Array<Record<string, unknown>>;
  return all.find((e) => Object.entries(pick).every(([k, v]) => e[k] === v))!;
}
