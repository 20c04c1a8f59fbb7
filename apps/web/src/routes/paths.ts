import { useParams } from 'wouter';
import { useHashLocation } from './location';
import { searchParamsOf, validateOverviewSearch, type OverviewSearch } from './overviewSearch';

/*
 * Every address of the app, built in one place, so a link cannot name a page that does not exist; and the typed
 * reading of a page's params. The patterns are wouter's (regexparam): `:id` a segment, `:id?` an optional one.
 */

const seg = (value: string) => encodeURIComponent(value);

/** The addresses of the pages (the path inside the hash). */
export const to = {
  home: '/',
  signIn: '/inloggen',
  types: '/soorten',
  invite: '/uitnodigen',
  trajectories: '/trajecten',
  /** The personal iCal feed. */
  agenda: '/agenda',
  trajectory: (id: string) => `/trajecten/${seg(id)}`,
  print: (id: string) => `/trajecten/${seg(id)}/afdrukken`,
  school: (id: string) => `/scholen/${seg(id)}`,
  /** `#/formulieren` (the list) or `#/formulieren/<id>`. */
  forms: (id?: string) => (id ? `/formulieren/${seg(id)}` : '/formulieren'),
  /** `#/overzicht`, `#/overzicht/<type>`, with the filters as search params (defaults left out). */
  overview: (typeId?: string, search: OverviewSearch = {}) => {
    const query = searchParamsOf(search).toString();
    return `/overzicht${typeId ? `/${seg(typeId)}` : ''}${query ? `?${query}` : ''}`;
  },
  /** The admin: the trajectory types with their versions and drafts. */
  adminTypes: '/beheer/soorten',
  /** The admin's editor of a type's draft. */
  adminType: (typeId: string) => `/beheer/soorten/${seg(typeId)}`,
  /** The admin: besturen, schools, people and their roles. */
  adminOrganisations: '/beheer/scholen',
  /** The admin: the mail outbox (held, pending, sent, dead). */
  adminMail: '/beheer/mail',
  /** The signed-in person's notifications. */
  inbox: '/meldingen',
  /** The signed-in person's settings: mail language and frequency (and the calendar feed). */
  settings: '/instellingen',
} as const;

/** The param names each parameterized page reads, by the pattern in routes/tree.tsx. */
export interface PageParams {
  '/trajecten/:id': { id: string };
  '/scholen/:id': { id: string };
  '/uitnodiging/:token': { token: string };
  '/tekenen/:token': { token: string };
  '/formulieren/:id?': { id?: string };
  '/overzicht/:typeId?': { typeId?: string };
  '/beheer/soorten/:typeId': { typeId: string };
}

/** A page's params, typed by its pattern (wouter has already decoded the path). */
export function usePageParams<P extends keyof PageParams>(_pattern: P): PageParams[P] {
  return namedParams(useParams()) as unknown as PageParams[P];
}

/** wouter's params by name only (it adds them by position too); an absent optional segment is left out. */
export function namedParams(params: object | null): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) if (Number.isNaN(Number(key)) && typeof value === 'string' && value) named[key] = value;
  return named;
}

/** The coach overview's filters from the URL, what is invalid dropped. */
export function useOverviewSearch(): OverviewSearch {
  // The raw search (wouter's useSearch would decode it once before URLSearchParams does).
  return validateOverviewSearch(Object.fromEntries(new URLSearchParams(useHashLocation.searchHook())));
}
