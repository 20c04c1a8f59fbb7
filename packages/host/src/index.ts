export { loadCatalogue } from './catalogue';
export { configFromEnv, ConfigError, DEFAULT_POLL_MS, MAX_WORKERS, logFormatFrom, pollMsFrom, workersFrom, type LogFormat, type ServerConfig } from './config';
export { serverLog, type ServerLog } from './log';
export { cacheDirOf, prepareDatabase, startServer, stopOnSignals, type PreparedDatabase, type RunningServer, type StartOptions } from './start';
export { runServer } from './cluster';
export { SmtpUrlInvalid, checkSmtpUrl, smtpMailer } from './mailer';
export { ensureWebBuild, newestChange, viteBuild, webBuildIsStale, webSources } from './web-build';
export * from './demo';
