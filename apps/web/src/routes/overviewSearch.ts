import type { Filter, Sort, SortKey } from '../pages/coach/rows';

/**
 * The coach overview's filters and sort order as URL search params (`#/overzicht/pd?stap=intake&teLaat=true`,
 * `#/overzicht?teLaat=true` for every type at once), so a filtered view survives a reload and can be shared as a
 * link. Defaults are left out of the URL.
 */
export interface OverviewSearch {
  /** Text filter on school, step, role and form. */
  zoek?: string;
  /** Only overdue schools. */
  teLaat?: boolean;
  /** Only schools with an open flag. */
  signalen?: boolean;
  /** A step's path: schools in that step (or within it). */
  stap?: string;
  /** One version of the type (without: every version). */
  versie?: number;
  sort?: SortKey;
  richting?: 'oplopend' | 'aflopend';
}

const SORT_KEYS: readonly SortKey[] = ['school', 'step', 'days', 'lastActivity', 'hours'];
export const DEFAULT_SORT: Sort = { key: 'days', dir: 'descending' };

/** Reads what is valid from raw search params and drops the rest (a hand-edited URL never breaks the page). */
export function validateOverviewSearch(raw: Record<string, unknown>): OverviewSearch {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
  const search: OverviewSearch = {};
  const zoek = text(raw.zoek);
  if (zoek !== undefined) search.zoek = zoek;
  if (raw.teLaat === true || raw.teLaat === 'true') search.teLaat = true;
  if (raw.signalen === true || raw.signalen === 'true') search.signalen = true;
  const stap = text(raw.stap);
  if (stap !== undefined) search.stap = stap;
  const versie = Number(text(raw.versie));
  if (Number.isInteger(versie) && versie >= 1) search.versie = versie;
  if (SORT_KEYS.includes(raw.sort as SortKey)) search.sort = raw.sort as SortKey;
  if (raw.richting === 'oplopend' || raw.richting === 'aflopend') search.richting = raw.richting;
  return search;
}

/** The filter and sort order a search gives, defaults filled in. */
export function viewOf(search: OverviewSearch): { filter: Filter; sort: Sort } {
  return {
    filter: {
      text: search.zoek ?? '', onlyOverdue: search.teLaat ?? false, step: search.stap,
      ...(search.signalen ? { onlyFlagged: true } : {}), ...(search.versie ? { version: search.versie } : {}),
    },
    sort: {
      key: search.sort ?? DEFAULT_SORT.key,
      dir: search.richting === 'oplopend' ? 'ascending' : search.richting === 'aflopend' ? 'descending' : DEFAULT_SORT.dir,
    },
  };
}

/** The search params for a filter and sort order, defaults left out. */
export function searchOf(filter: Filter, sort: Sort): OverviewSearch {
  const search: OverviewSearch = {};
  if (filter.text !== '') search.zoek = filter.text;
  if (filter.onlyOverdue) search.teLaat = true;
  if (filter.onlyFlagged) search.signalen = true;
  if (filter.step !== undefined) search.stap = filter.step;
  if (filter.version !== undefined) search.versie = filter.version;
  if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir) {
    search.sort = sort.key;
    search.richting = sort.dir === 'ascending' ? 'oplopend' : 'aflopend';
  }
  return search;
}

/** The search params of a search, in the order of its keys (`?zoek=…&teLaat=true&stap=…&sort=…&richting=…`). */
export function searchParamsOf(search: OverviewSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value !== undefined) params.set(key, String(value));
  return params;
}
