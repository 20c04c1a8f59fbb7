import { Temporal } from 'temporal-polyfill';
import type { StructureIndex } from '../format/structure';
import { addDuration } from '../time/duration';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

const FROM = '2026-01-01T00:00:00.000Z';

/**
 * Every `expectedDuration` must give a due date: positive, and not longer than 100 years (that is no step of a
 * school trajectory, and far longer has no date at all: it would fail each time the step is shown, not once here).
 */
export function checkDurations(index: StructureIndex, report: Report): void {
  for (const info of index.states.values()) {
    const duration = info.config.meta?.expectedDuration;
    if (duration !== undefined) checkDuration(duration, `${info.pointer}/meta/expectedDuration`, report);
  }
}

/** A duration must be positive and give a date (at most 100 years): `P0D` would fire at once, for ever. */
export function checkDuration(duration: string, pointer: string, report: Report): void {
  let parsed: Temporal.Duration;
  try {
    parsed = Temporal.Duration.from(duration);
  } catch {
    report(pointer, 'duration-invalid', `"${duration}" is geen ISO 8601-duur (zoals P14D, P6M, P1Y)`,
      `"${duration}" is no ISO 8601 duration (such as P14D, P6M, P1Y)`);
    return;
  }
  if (parsed.sign <= 0) {
    report(pointer, 'duration-not-positive', `duur "${duration}" moet langer dan nul zijn`, `duration "${duration}" must be longer than zero`);
    return;
  }
  let end = Number.POSITIVE_INFINITY;
  try {
    end = Date.parse(addDuration(FROM, duration));
  } catch {
    // Out of the calendar's range: too long.
  }
  if (end > Date.parse(addDuration(FROM, 'P100Y'))) {
    report(pointer, 'duration-too-long', `duur "${duration}" is langer dan 100 jaar`, `duration "${duration}" is longer than 100 years`);
  }
}
