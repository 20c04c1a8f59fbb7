import type { Diagnostic } from '@codemirror/lint';
import type { Lang, Problem } from '@koers/engine';
import type { Tree } from '@lezer/common';
import { locatePointer } from './pointer-locator';

/** A range of the text to mark. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * Where to mark a problem at `pointer`: a scalar member with its key (`"initial": "x"`), an object or list
 * member by its key alone (a whole step would drown the text in red), a missing member at its parent's key.
 */
export function problemRange(tree: Tree, text: string, pointer: string): TextRange {
  const place = locatePointer(tree, text, pointer);
  if (!place) return { from: 0, to: Math.min(1, text.length) };
  const container = /^[[{]/.test(text.slice(place.from, place.from + 1));
  if (place.exact && !container) return { from: place.key?.from ?? place.from, to: place.to };
  return place.key ?? { from: place.from, to: Math.min(place.from + 1, place.to) };
}

/** The engine's problems of one file as CodeMirror diagnostics, in the admin's language. */
export function problemDiagnostics(tree: Tree, text: string, problems: readonly Problem[], lang: Lang): Diagnostic[] {
  return problems
    .map((problem) => ({ ...problemRange(tree, text, problem.pointer), severity: 'error' as const, message: problem.message[lang], source: problem.code }))
    .sort((a, b) => a.from - b.from);
}
