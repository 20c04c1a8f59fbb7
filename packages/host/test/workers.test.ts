import { describe, expect, it } from 'vitest';
import { ConfigError, MAX_WORKERS, configFromEnv, workersFrom } from '../src/config';

const PG = 'postgres://koers@db/koers';

describe('how many worker processes (KOERS_WORKERS, --workers)', () => {
  it('defaults to the cores with PostgreSQL and to one with PGlite, "auto" alike', () => {
    expect(workersFrom(undefined, PG, 4)).toBe(4);
    expect(workersFrom('auto', PG, 2)).toBe(2);
    expect(workersFrom(' ', PG, 200)).toBe(MAX_WORKERS);
    expect(workersFrom(undefined, undefined, 8)).toBe(1);
    expect(workersFrom('auto', undefined, 8)).toBe(1);
    expect(workersFrom('3', PG, 8)).toBe(3);
    expect(workersFrom('1', undefined, 8)).toBe(1);
  });

  it('refuses what cannot be used, saying which setting and why, in Dutch then English', () => {
    for (const bad of ['0', '-1', '1.5', 'twee', '65', '1e2', '0x2']) {
      const error = (() => {
        try {
          workersFrom(bad, PG, 2);
        } catch (e) {
          return e;
        }
        throw new Error(`accepted ${bad}`);
      })();
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as Error).message, bad).toMatch(new RegExp(`^Het aantal werkprocessen .* niet "${bad.replace('.', '\\.')}" / the number`));
    }
    expect(() => workersFrom('2', undefined, 8)).toThrow(/PGlite hoort bij één proces \/ .*PGlite belongs to one process/);
  });

  it('reads KOERS_WORKERS from the environment, by DATABASE_URL', () => {
    expect(configFromEnv({ DATABASE_URL: PG, KOERS_WORKERS: '2' }).workers).toBe(2);
    expect(configFromEnv({}).workers).toBe(1);
  });
});
