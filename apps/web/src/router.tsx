import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type ComponentType } from 'react';

/**
 * A tiny hash router: `#/formulieren/pd-intake`. Hash URLs need no server fallback, so the build can be served
 * by any static file server (and by the API server) and deep links and reloads still work.
 */
export interface Route {
  /** A pattern such as `/formulieren/:id`. */
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/** The route that matches a path, with its `:params` decoded. */
export function matchRoute(routes: readonly Route[], path: string): Match | undefined {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((segment, i) => {
      const part = parts[i]!;
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return segment === part;
    });
    if (ok) return { route, params };
  }
  return undefined;
}

/** The path in a location hash: `#/a/b?x` -> `/a/b`. */
export function hashPath(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}

/** A link to an app path; `href` becomes `#/…`. */
export function href(path: string): string {
  return `#${path}`;
}

const PathContext = createContext('/');

export function usePath(): string {
  return useContext(PathContext);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Renders the page whose route matches the current hash, or `notFound`. */
export function Router({ routes, notFound: NotFound }: { routes: readonly Route[]; notFound: ComponentType }) {
  const [path, setPath] = useState(() => hashPath(window.location.hash));
  useEffect(() => {
    const update = () => setPath(hashPath(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const match = matchRoute(routes, path);
  return (
    <PathContext.Provider value={path}>
      {match ? <match.route.page params={match.params} /> : <NotFound />}
    </PathContext.Provider>
  );
}

/** An anchor to an app path, marked `aria-current="page"` when it is the current one. */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const current = usePath() === to;
  return <a href={href(to)} aria-current={current ? 'page' : undefined} {...rest} />;
}
