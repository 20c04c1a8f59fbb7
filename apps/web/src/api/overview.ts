import { type Answer, answer, api, apiText } from './client';

/** Where each school stands in a trajectory type (GET /api/overview), for procesbegeleiders. */
export type Overview = Answer<typeof api.overview.$get>;

/** Every school the coach may see across every type (GET /api/overview/all): the coach's first screen. */
export type OverviewAll = Answer<typeof api.overview.all.$get>;

/** One type's overview: every version, or the one asked for; its schools from `offset` on (a page of the server's size). */
export const getOverview = (typeId: string, version?: number, offset = 0) => answer(api.overview.$get({
  query: { typeId, ...(version === undefined ? {} : { version: String(version) }), ...(offset === 0 ? {} : { offset: String(offset) }) },
}));

export const getOverviewAll = () => answer(api.overview.all.$get({ query: {} }));

/** The type's flow diagram with the schools overlay (of one version, or of every version), as SVG text (sanitise before inlining it). */
export const getOverviewDiagram = (typeId: string, lang: string, version?: number) =>
  apiText(`/api/overview/diagram?typeId=${encodeURIComponent(typeId)}&format=svg&lang=${encodeURIComponent(lang)}${version === undefined ? '' : `&version=${version}`}`, 'image/svg+xml');
