// The API reference page (api-docs.html, reached through GET /api/docs). A page of its own, so its bundle
// (Swagger UI, far larger than the app) loads only here: nothing of the app imports this, and no dynamic import
// is shared with the app's entry, so the participant pages' JavaScript stays byte for byte the same. The
// intro is plain HTML and shows while this module loads.
import SwaggerUI from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';
import './api-docs.css';

// Everything comes from our own bundle: no CDN, no inline script or style, so Swagger UI runs under the app's
// content security policy (script-src and style-src 'self'). No validator badge (an image from swagger.io);
// "try it out" only for reads, with the visitor's own session: a reference is no place to change data by accident.
SwaggerUI({
  url: '/api/openapi.json',
  domNode: document.getElementById('reference')!,
  validatorUrl: null,
  deepLinking: true,
  supportedSubmitMethods: ['get'],
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
});
