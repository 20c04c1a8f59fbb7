export { loadCatalogue } from './catalogue';
export { configFromEnv, type ServerConfig } from './config';
export { startServer, stopOnSignals, type RunningServer } from './start';
export { ensureWebBuild, newestChange, webBuildIsStale, webSources } from './web-build';
export * from './demo';
