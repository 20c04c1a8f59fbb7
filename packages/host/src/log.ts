// The server's own lines (start-up, warnings, errors, and with JSON one per answered request), as text for a person
// at a terminal or as JSON lines for a log collector. Written by hand: a line is JSON.stringify of a flat object, and
// a logging library would add a dependency for that.
import { type ErrorReport, type RequestLog, formatErrorReport } from '@koers/server';
import type { LogFormat } from './config';

/** Where the server's lines go, in its format. `request` only with JSON: a line per answered request. */
export interface ServerLog {
  info: (line: string) => void;
  warn: (line: string) => void;
  error: (report: ErrorReport) => void;
  request?: (entry: RequestLog) => void;
}

/**
 * The server's lines in `format`: as text, `info` goes to `out` and the rest to `err` as before; as JSON every line
 * is one object with `time`, `level`, `pid` and `msg` (a multi-line warning keeps its further lines in `lines`), an
 * error report adds its request id, method, path, class and stack frames, and each answered request is a line with
 * its request id, method, path (secrets redacted), status and `ms`. No line holds a query string, a body, a token,
 * a password (hash) or a form answer: reports and request lines carry none (`errorReport`, `RequestLog`).
 * @example serverLog('json', console.log, console.error).request?.({ requestId: 'a1', method: 'GET', path: '/healthz', status: 200, ms: 0.4 })
 */
export function serverLog(format: LogFormat, out: (line: string) => void, err: (line: string) => void, now: () => Date = () => new Date()): ServerLog {
  if (format === 'text') return { info: out, warn: err, error: (report) => err(formatErrorReport(report, now())) };
  const line = (level: 'info' | 'warn' | 'error', msg: string, fields: object = {}) =>
    JSON.stringify({ time: now().toISOString(), level, pid: process.pid, msg, ...fields });
  // A multi-line text (a warning with stack frames) is one line still: its first line, the rest in `lines`.
  const lines = (level: 'info' | 'warn', text: string) => {
    const [first = '', ...rest] = text.split('\n');
    return line(level, first, rest.length > 0 ? { lines: rest.map((l) => l.trim()) } : {});
  };
  return {
    info: (text) => out(lines('info', text)),
    warn: (text) => err(lines('warn', text)),
    error: (report) => err(line('error', `500 ${report.method} ${report.path}`, report)),
    request: (entry) => out(line('info', `${entry.method} ${entry.path} ${entry.status}`, entry)),
  };
}
