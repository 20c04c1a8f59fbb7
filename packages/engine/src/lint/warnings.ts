import type { TransitionConfig } from '../format/types';
import { escapePointer } from '../load/json';
import { warningCode } from '../run/warnings';
import { type RefContext, checkReference } from './references';

/**
 * Checks a transition's soft rules like its guard: each warning's guard is a known guard with its params declared
 * (fields read from the event's form, counters and budgets declared); the JSON Schema already demands a message.
 * Two warnings of one transition with the same code could not be told apart on the flag: refused.
 */
export function checkWarnings(warnings: TransitionConfig['warnings'], base: string, rc: RefContext): void {
  const seen = new Set<string>();
  (warnings ?? []).forEach((warning, i) => {
    const pointer = `${base}/warnings/${i}`;
    checkReference('guard', warning.guard, `${pointer}/guard`, rc);
    const code = warningCode(warning);
    if (seen.has(code)) {
      rc.report(warning.id !== undefined ? `${pointer}/id` : pointer, 'duplicate-warning',
        `twee waarschuwingen van deze overgang heten "${escapePointer(code)}": geef elk een eigen "id"`,
        `two warnings of this transition are called "${escapePointer(code)}": give each its own "id"`);
    }
    seen.add(code);
  });
}
