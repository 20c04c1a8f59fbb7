export { createApp, type AppDeps, type AppType } from './app';
export { type Catalogue, findDefinition, listTypes, formsOf } from './catalogue';
export { NotFound, InvalidRequest, type ApiError } from './errors';
