import { queryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Overview } from '../api/overview';
import { getOverview, getOverviewAll, getOverviewDiagram } from '../api/overview';
import { listTypes } from '../api/types';

/** The published trajectory types: they change with a new version only, so kept for five minutes. */
export const typesQuery = queryOptions({ queryKey: ['types'] as const, queryFn: listTypes, staleTime: 5 * 60_000, refetchOnWindowFocus: false, meta: { public: true } });

/** Where the schools of one type stand (procesbegeleiders): every version, or one. */
export const overviewQuery = (typeId: string, version?: number) =>
  queryOptions({ queryKey: ['overview', typeId, { version }] as const, queryFn: () => getOverview(typeId, version) });

/**
 * The next pages of a type's schools, after those the overview brought (the server answers a page at a time), asked
 * for once `wanted`; keyed by the overview's moment, so a newer overview starts again from its own first page.
 */
export const useMoreSchools = (first: Overview, version: number | undefined, wanted: boolean) => useInfiniteQuery({
  queryKey: ['overview', first.type.id, { version }, 'more', first.at] as const,
  initialPageParam: first.offset + first.schools.length,
  queryFn: ({ pageParam }) => getOverview(first.type.id, version, pageParam),
  getNextPageParam: (last: Overview) => (last.offset + last.schools.length < last.schoolsTotal ? last.offset + last.schools.length : undefined),
  enabled: wanted,
});

/** Every school across every type, the most urgent first (the procesbegeleider's first screen). */
export const overviewAllQuery = queryOptions({ queryKey: ['overview', { all: true }] as const, queryFn: getOverviewAll });

/** The type's diagram with the overlay, as SVG text; `at` (when the overview was computed) keys its counts. */
export const overviewDiagramQuery = (typeId: string, lang: string, at: string, version?: number) => queryOptions({
  queryKey: ['overview', typeId, 'diagram', lang, at, version ?? 'all'] as const,
  queryFn: () => getOverviewDiagram(typeId, lang, version),
  staleTime: Infinity, refetchOnWindowFocus: false,
});
