export { loadCatalogue } from './catalogue';
export { configFromEnv, ConfigError, DEFAULT_POLL_MS, pollMsFrom, type ServerConfig } from './config';
export { startServer, stopOnSignals, type RunningServer, type StartOptions } from './start';
export { SmtpUrlInvalid, checkSmtpUrl, smtpMailer } from './mailer';
export { ensureWebBuild, newestChange, webBuildIsStale, webSources } from './web-build';
export * from './demo';
