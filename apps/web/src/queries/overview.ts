import { queryOptions } from '@tanstack/react-query';
import { getOverview, getOverviewDiagram } from '../api/overview';
import { listTypes } from '../api/types';

/** The published trajectory types: they change with a new version only, so kept for five minutes. */
export const typesQuery = queryOptions({ queryKey: ['types'] as const, queryFn: listTypes, staleTime: 5 * 60_000, refetchOnWindowFocus: false, meta: { public: true } });

/** Where the schools of one type stand (procesbegeleiders). */
export const overviewQuery = (typeId: string) => queryOptions({ queryKey: ['overview', typeId] as const, queryFn: () => getOverview(typeId) });

/** The type's diagram with the overlay, as SVG text; `at` (when the overview was computed) keys its counts. */
export const overviewDiagramQuery = (typeId: string, lang: string, at: string) => queryOptions({
  queryKey: ['overview', typeId, 'diagram', lang, at] as const,
  queryFn: () => getOverviewDiagram(typeId, lang),
  staleTime: Infinity, refetchOnWindowFocus: false,
});
