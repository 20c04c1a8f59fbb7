import type { LinkProps } from '@tanstack/react-router';

/**
 * For a link to a page above the current one (the menu, "Terug"): `aria-current="page"` on exactly its own
 * page, whatever the search params; the router's default also marks it on every page below it.
 */
export const EXACT: LinkProps['activeOptions'] = { exact: true, includeSearch: false };
