import { queryOptions } from '@tanstack/react-query';
import { getOverview, getOverviewAll, getOverviewDiagram } from '../api/overview';
import { listTypes } from '../api/types';

/** The published trajectory types: they change with a new version only, so kept for five minutes. */
export const typesQuery = queryOptions({ queryKey: ['types'] as const, queryFn: listTypes, staleTime: 5 * 60_000, refetchOnWindowFocus: false, meta: { public: true } });

/** Where the schools of one type stand (procesbegeleiders): every version, or one. */
export const overviewQuery = (typeId: string, version?: number) =>
  queryOptions({ queryKey: ['overview', typeId, { version }] as const, queryFn: () => getOverview(typeId, version) });

/** Every school across every type, the most urgent first (the procesbegeleider's first screen). */
export const overviewAllQuery = queryOptions({ queryKey: ['overview', { all: true }] as const, queryFn: getOverviewAll });

/** The type's diagram with the overlay, as SVG text; `at` (when the overview was computed) keys its counts. */
export const overviewDiagramQuery = (typeId: string, lang: string, at: string, version?: number) => queryOptions({
  queryKey: ['overview', typeId, 'diagram', lang, at, version ?? 'all'] as const,
  queryFn: () => getOverviewDiagram(typeId, lang, version),
  staleTime: Infinity, refetchOnWindowFocus: false,
});
