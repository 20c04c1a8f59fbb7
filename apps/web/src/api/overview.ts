import { type Answer, answer, api, apiText } from './client';

/** Where each school stands in a trajectory type (GET /api/overview), for procesbegeleiders. */
export type Overview = Answer<typeof api.overview.$get>;

export const getOverview = (typeId: string) => answer(api.overview.$get({ query: { typeId } }));

/** The type's flow diagram with the schools overlay, as SVG text (sanitise before inlining it). */
export const getOverviewDiagram = (typeId: string, lang: string) =>
  apiText(`/api/overview/diagram?typeId=${encodeURIComponent(typeId)}&format=svg&lang=${encodeURIComponent(lang)}`, 'image/svg+xml');
