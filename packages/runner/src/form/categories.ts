import { withoutIndices } from './errors';

interface UiNode {
  type?: unknown;
  scope?: unknown;
  elements?: unknown;
}

/** A control scope as a data path: `#/properties/a/properties/b` -> `a.b` (`#` alone is the root, ``). */
export function scopeToPath(scope: string): string {
  return scope
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment, i) => !(i % 2 === 0 && segment === 'properties'))
    .join('.');
}

/** The data paths of every control inside a UI schema element (nested layouts included, array details not). */
export function controlPaths(element: unknown): string[] {
  const node = element as UiNode | null;
  if (node === null || typeof node !== 'object') return [];
  const own = typeof node.scope === 'string' ? [scopeToPath(node.scope)] : [];
  const children = Array.isArray(node.elements) ? node.elements.flatMap(controlPaths) : [];
  return [...own, ...children];
}

/**
 * Which of the categories (tabs) shows the field at a data path, or -1 when none does.
 * Array items belong to the category of their array: `smartDoelen.0.doel` is under `smartDoelen`.
 */
export function categoryOfPath(categories: readonly unknown[], path: string): number {
  const bare = withoutIndices(path);
  return categories.findIndex((category) =>
    controlPaths(category).some((p) => p !== '' && (bare === p || bare.startsWith(`${p}.`))),
  );
}
