import type { AnchorHTMLAttributes } from 'react';
import { Link as WouterLink } from 'wouter';
import { useHashLocation } from './location';

/**
 * A link to a page of the app (build `to` with routes/paths.ts): `#/...` as its href, in-app navigation through
 * the guarded `navigate`, and `aria-current="page"` on exactly its own page, whatever the search params.
 * Always absolute (`~`), also inside a nested layout.
 */
export function Link({ to, ...props }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const [path] = useHashLocation();
  const current = path === to.split('?')[0];
  return <WouterLink href={`~${to}`} aria-current={current ? 'page' : undefined} {...props} />;
}
