export { createApp, type AppDeps, type AppType } from './app';
export { type Catalogue, findDefinition, listTypes, formsOf } from './catalogue';
export {
  NotFound, InvalidRequest, Unauthenticated, Forbidden, VersionConflict, Unprocessable, PayloadTooLarge, TooManyRequests,
  type ApiError, isApiError,
} from './errors';
export type { Clock, Viewer, ViewerMembership, AppEnv } from './context';
export { rolesAt, canSeeSchool, requireViewer, requireAdmin, type SchoolRef } from './access';
