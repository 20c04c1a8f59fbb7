import { type Lang, isWithin } from '@koers/engine';
import { word } from './words';

/** Where one trajectory stands: its active steps, the steps it has been in, and which active steps are overdue. */
export interface Position {
  current: readonly string[];
  done: readonly string[];
  overdue?: readonly string[];
}

export type Mark = 'current' | 'done' | 'coming';

/** Colours of the three marks: the current step stands out, done steps are calm green, the rest white. */
export const MARK_STYLE = {
  current: { fill: '#d4e6fb', border: '#084a8c', penwidth: 3 },
  done: { fill: '#e3f3df', border: '#3f8a3f', penwidth: 1.3 },
  coming: { fill: '#ffffff', border: '#8a9bb0', penwidth: 1.1 },
} as const;


/** A step's mark: current when an active step lies in it, done when the trajectory was there, else coming. */
export function markOf(position: Position, path: string): Mark {
  if (position.current.some((leaf) => isWithin(leaf, path))) return 'current';
  if (position.done.some((leaf) => isWithin(leaf, path))) return 'done';
  return 'coming';
}

/** The pill texts of a marked step: "hier staat het traject" (and "over tijd") on the current step, else none. */
export function markTexts(position: Position, path: string, lang: Lang): string[] {
  if (markOf(position, path) !== 'current') return [];
  const late = (position.overdue ?? []).some((leaf) => isWithin(leaf, path));
  return [word('here', lang), ...(late ? [word('overdue', lang)] : [])];
}
