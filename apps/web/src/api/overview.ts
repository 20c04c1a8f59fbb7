import type { Localized } from '@koers/engine';
import type { Overview } from '../pages/coach/types';
import { apiFetch, apiText } from './client';

/** A published trajectory type as GET /api/types lists it (its newest version). */
export interface TypeRow { id: string; version: number; title: Localized; description: Localized; versions: number[]; publishedAt: string }

export const listTypes = () => apiFetch<TypeRow[]>('/api/types');

/** Where each school of one trajectory type stands (GET /api/overview), for procesbegeleiders. */
export const getOverview = (typeId: string) => apiFetch<Overview>(`/api/overview?typeId=${encodeURIComponent(typeId)}`);

/** The type's flow diagram with the schools overlay, as SVG text (sanitise before inlining it). */
export const getOverviewDiagram = (typeId: string, lang: string) =>
  apiText(`/api/overview/diagram?typeId=${encodeURIComponent(typeId)}&format=svg&lang=${encodeURIComponent(lang)}`, 'image/svg+xml');
