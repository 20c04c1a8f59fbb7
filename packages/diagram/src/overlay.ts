import type { CompiledDefinition, Lang, Localized } from '@koers/engine';
import { pointerSegment } from './text';
import { word } from './words';

/** How many trajectories are in one step now, and how many of them are past the step's expected duration. */
export interface StepCount {
  count: number;
  overdue?: number;
}

/** Per step path (`uitvoering.voortgang`): the counts a coach sees on the diagram. */
export type Overlay = Record<string, StepCount>;

/** One thing wrong with an overlay: a JSON pointer into it and a message. */
export interface OverlayIssue {
  pointer: string;
  message: Localized;
}

/**
 * Checks untrusted overlay data (e.g. a counts.json file) against a definition: an object of known step
 * paths to `{ count, overdue? }` with whole numbers, overdue not above count. Returns issues, never throws.
 */
export function checkOverlay(value: unknown, def: CompiledDefinition): OverlayIssue[] {
  const issues: OverlayIssue[] = [];
  const issue = (pointer: string, nl: string, en: string) => issues.push({ pointer, message: { nl, en } });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issue('', 'verwacht een object { "<stap>": { "count": n, "overdue": m } }', 'expected an object { "<step>": { "count": n, "overdue": m } }');
    return issues;
  }
  const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  for (const [path, entry] of Object.entries(value)) {
    const at = `/${pointerSegment(path)}`;
    if (path === '' || !def.index.states.has(path)) {
      issue(at, `onbekende stap "${path}" in ${def.definition.id}`, `unknown step "${path}" in ${def.definition.id}`);
      continue;
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      issue(at, 'verwacht { "count": n, "overdue": m }', 'expected { "count": n, "overdue": m }');
      continue;
    }
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (key !== 'count' && key !== 'overdue') issue(`${at}/${pointerSegment(key)}`, `onbekend veld "${key}" (alleen count en overdue)`, `unknown field "${key}" (only count and overdue)`);
    }
    if (!isCount(e.count)) issue(`${at}/count`, 'count moet een geheel getal ≥ 0 zijn', 'count must be a whole number ≥ 0');
    if (e.overdue !== undefined) {
      if (!isCount(e.overdue)) issue(`${at}/overdue`, 'overdue moet een geheel getal ≥ 0 zijn', 'overdue must be a whole number ≥ 0');
      else if (isCount(e.count) && e.overdue > e.count) issue(`${at}/overdue`, `overdue (${e.overdue}) is groter dan count (${e.count})`, `overdue (${e.overdue}) is more than count (${e.count})`);
    }
  }
  return issues;
}

/** Warm colours from few to many trajectories; text stays dark on every one of them. */
export const HEAT_SCALE = ['#fff4d1', '#ffe39a', '#fdc766', '#f9a452', '#f4845a'] as const;

/** The fill for a step with `count` trajectories when the busiest step has `max`; white when empty. */
export function heatColour(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '#ffffff';
  const level = Math.min(HEAT_SCALE.length - 1, Math.ceil((count / max) * HEAT_SCALE.length) - 1);
  return HEAT_SCALE[Math.max(0, level)]!;
}

/** The badge texts of a step: "12 trajecten" and, when any, "3 over tijd". */
export function badgeTexts(entry: StepCount, lang: Lang): { count: string; overdue: string | undefined } {
  const count = `${entry.count} ${word(entry.count === 1 ? 'trajectory' : 'trajectories', lang)}`;
  const overdue = entry.overdue ? `${entry.overdue} ${word('overdue', lang)}` : undefined;
  return { count, overdue };
}

/** The largest count in an overlay (0 when empty). */
export function maxCount(overlay: Overlay | undefined): number {
  return Math.max(0, ...Object.values(overlay ?? {}).map((e) => e.count));
}
