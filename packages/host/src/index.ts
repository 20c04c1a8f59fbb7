export { loadCatalogue } from './catalogue';
export { configFromEnv, type ServerConfig } from './config';
export { startServer, stopOnSignals, type RunningServer, type StartOptions } from './start';
export { SmtpUrlInvalid, checkSmtpUrl, smtpMailer } from './mailer';
export { ensureWebBuild, newestChange, webBuildIsStale, webSources } from './web-build';
export * from './demo';
