import type { StructureIndex } from '../format/structure';
import { addDuration } from '../time/duration';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

const FROM = '2026-01-01T00:00:00.000Z';
const LONGEST = 'P100Y';

/**
 * Every `expectedDuration` must give a due date: longer than 100 years is no step of a school trajectory, and far
 * longer has no date at all (it would fail each time the step is shown, instead of once here).
 */
export function checkDurations(index: StructureIndex, report: Report): void {
  const limit = Date.parse(addDuration(FROM, LONGEST));
  for (const info of index.states.values()) {
    const duration = info.config.meta?.expectedDuration;
    if (duration === undefined) continue;
    let end = Number.POSITIVE_INFINITY;
    try {
      end = Date.parse(addDuration(FROM, duration));
    } catch {
      // Out of the calendar's range: too long.
    }
    if (end > limit) {
      report(`${info.pointer}/meta/expectedDuration`, 'duration-too-long',
        `verwachte duur "${duration}" is langer dan 100 jaar`, `expected duration "${duration}" is longer than 100 years`);
    }
  }
}
