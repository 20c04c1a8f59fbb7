import type { Context } from 'hono';
import { NotFound } from './errors';

/** Where the web build puts the rendered API reference (apps/web/api-docs.html, a page of its own). */
export const DOCS_PAGE = '/api-docs.html';

/** `GET /api/docs`: to the reference page when the web app is served, else a 404 that says where to look. */
export function docsPage(webServed: boolean) {
  return (c: Context) => {
    if (!webServed) {
      throw new NotFound({
        nl: 'De API-naslag hoort bij de webapp, die deze server niet aanbiedt. Het OpenAPI-document zelf staat op /api/openapi.json.',
        en: 'The API reference page comes with the web app, which this server does not serve. The OpenAPI document itself is at /api/openapi.json.',
      }, '/api/docs');
    }
    return c.redirect(DOCS_PAGE, 302);
  };
}
