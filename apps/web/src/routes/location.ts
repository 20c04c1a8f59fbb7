import { useSyncExternalStore } from 'react';

/*
 * The app's location for wouter: the hash (`#/overzicht/pd?stap=intake`), its search params inside the hash as
 * our links have always had them, and the "unsaved changes" guard. Written by hand because wouter has neither:
 * its own `wouter/use-hash-location` puts search params before the `#` (which would change every filtered
 * overview link), and wouter has no blocker. Hash URLs need no server fallback, so the build can be served by any
 * static file server and deep links and reloads still work.
 */

/** Asked before the app leaves the page: resolves true to go on. */
export type Blocker = () => Promise<boolean>;

const blockers = new Set<Blocker>();
const listeners = new Set<() => void>();
/** The hash the app shows; it differs from `location.hash` only for a moment while the guard puts it back. */
let shown = typeof location === 'undefined' ? '' : location.hash;
/** One question at a time: a second click while the dialog is open does nothing. */
let asking = false;
/** The hash that "Toch verlaten" after back/forward goes to: it passes the guard. */
let leavingTo: string | undefined;

const parts = (hash: string): [path: string, search: string] => {
  const rest = hash.replace(/^#?\/?/, '');
  const q = rest.indexOf('?');
  return q < 0 ? [`/${rest}`, ''] : [`/${rest.slice(0, q)}`, rest.slice(q + 1)];
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const show = (hash: string) => {
  shown = hash;
  listeners.forEach((listener) => listener());
};

/** Registers a guard (see UnsavedChanges); returns its removal. */
export function addBlocker(blocker: Blocker): () => void {
  blockers.add(blocker);
  return () => void blockers.delete(blocker);
}

async function mayLeave(): Promise<boolean> {
  if (asking) return false;
  asking = true;
  try {
    for (const blocker of blockers) if (!(await blocker())) return false;
    return true;
  } finally {
    asking = false;
  }
}

/** In-app navigation (links, `navigate`): asks the guards first, then writes the hash. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const go = () => {
    history[replace ? 'replaceState' : 'pushState'](history.state, '', `#${to}`);
    show(location.hash);
  };
  if (blockers.size === 0) return go();
  void mayLeave().then((ok) => ok && go());
}

/*
 * Back, forward and an edited address change the hash before anyone can ask. With a guard up, the page's own
 * address is put back at once (as a new history entry: a hashchange cannot be cancelled), then the guard asks;
 * leaving goes one entry back, which is where the reader wanted to go (for back, forward and a typed address).
 */
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const hash = location.hash;
    if (hash === shown) return;
    if (blockers.size === 0 || hash === leavingTo) {
      leavingTo = undefined;
      return show(hash);
    }
    history.pushState(history.state, '', shown || '#/');
    void mayLeave().then((ok) => {
      if (!ok) return;
      leavingTo = hash;
      history.back();
    });
  });
}

/** wouter's location hook: the path inside the hash, and the guarded `navigate`. */
export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, () => parts(shown)[0], () => '/'), navigate];
}
/** Links render as `#/path`. */
useHashLocation.hrefs = (href: string) => `#${href}`;
/** wouter's search hook: the search params inside the hash, without the `?`. */
useHashLocation.searchHook = () => useSyncExternalStore(subscribe, () => parts(shown)[1], () => '');
