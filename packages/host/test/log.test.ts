import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, logFormatFrom, serverLog, startServer, type RunningServer } from '../src';
import { DEMO_PASSWORD } from '../src';

describe('KOERS_LOG', () => {
  it('is text by default, json on request, and refuses anything else in Dutch and English', () => {
    expect(logFormatFrom(undefined)).toBe('text');
    expect(logFormatFrom(' json ')).toBe('json');
    expect(configFromEnv({ KOERS_LOG: 'json' }).logFormat).toBe('json');
    expect(() => logFormatFrom('xml')).toThrow(ConfigError);
    expect(() => logFormatFrom('xml')).toThrow(/KOERS_LOG moet "text" of "json" zijn, niet "xml" \/ KOERS_LOG must be/);
  });

  it('writes one JSON object a line: a warning with its further lines, an error report with its request id', () => {
    const out: string[] = [];
    const err: string[] = [];
    const log = serverLog('json', (l) => out.push(l), (l) => err.push(l), () => new Date('2026-12-05T09:00:00Z'));
    log.info('Koers draait / Koers is running');
    log.warn('2026-12-05 meldingen ZodError\n    at a (x.ts:1)\n    at b (y.ts:2)');
    log.error({ requestId: 'r-1', method: 'POST', path: '/api/invitations/[geheim]/accept', errorClass: 'DatabaseError', sqlState: '23514', frames: ['at a'] });
    for (const line of [...out, ...err]) expect(line).not.toContain('\n');
    expect(JSON.parse(out[0]!)).toEqual({ time: '2026-12-05T09:00:00.000Z', level: 'info', pid: process.pid, msg: 'Koers draait / Koers is running' });
    expect(JSON.parse(err[0]!)).toEqual(expect.objectContaining({ level: 'warn', msg: '2026-12-05 meldingen ZodError', lines: ['at a (x.ts:1)', 'at b (y.ts:2)'] }));
    expect(JSON.parse(err[1]!)).toEqual(expect.objectContaining({
      level: 'error', msg: '500 POST /api/invitations/[geheim]/accept', requestId: 'r-1', sqlState: '23514', frames: ['at a'],
    }));
  });

  it('as text, keeps the lines as they were and logs no requests', () => {
    const out: string[] = [];
    const log = serverLog('text', (l) => out.push(l), () => {});
    log.info('regel');
    expect(out).toEqual(['regel']);
    expect(log.request).toBeUndefined();
  });
});

describe('a server with KOERS_LOG=json', () => {
  let server: RunningServer | undefined;
  afterAll(() => server?.close());

  it('logs every line as JSON, each answered request with the id its answer carries, and no password or e-mail address', async () => {
    const out: string[] = [];
    const err: string[] = [];
    server = await startServer(configFromEnv({ PORT: '0', KOERS_DATA_DIR: 'memory://', KOERS_SEED: '0', KOERS_LOG: 'json' }), (l) => out.push(l), (l) => err.push(l));
    const health = await fetch(`${server.url}/healthz`);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'beheer@koers.example', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(401);
    await expect.poll(() => out.filter((l) => l.includes('/api/auth/login')).length).toBe(1);
    const lines = [...out, ...err].map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => typeof l.time === 'string' && typeof l.msg === 'string' && l.pid === process.pid)).toBe(true);
    // The banner, as JSON lines.
    expect(lines.some((l) => l.level === 'info' && String(l.msg).includes(server!.url))).toBe(true);
    const requests = lines.filter((l) => typeof l.requestId === 'string');
    expect(requests).toEqual([
      expect.objectContaining({ level: 'info', method: 'GET', path: '/healthz', status: 200, requestId: health.headers.get('x-request-id') }),
      expect.objectContaining({ method: 'POST', path: '/api/auth/login', status: 401, requestId: login.headers.get('x-request-id') }),
    ]);
    expect(JSON.stringify(requests)).not.toContain(DEMO_PASSWORD);
    expect(JSON.stringify(requests)).not.toContain('beheer@koers.example');
  });
});
