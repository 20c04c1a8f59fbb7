import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args';
import { CliError } from '../src/load';
import { serverConfigFrom } from '../src/server-config';

const PG = 'postgres://koers@db/koers';

describe('koers serve --workers', () => {
  it('takes --workers over KOERS_WORKERS, its default following, by the database the command line chose', () => {
    // KOERS_WORKERS=2 with the database given on the command line only: PostgreSQL, so two.
    expect(serverConfigFrom(parseArgs(['--database-url', PG]), { KOERS_WORKERS: '2' }).workers).toBe(2);
    expect(serverConfigFrom(parseArgs(['--database-url', PG, '--workers', '3']), { KOERS_WORKERS: '2' }).workers).toBe(3);
    // --data-dir over DATABASE_URL: PGlite, so one by default and more refused with exit code 2.
    expect(serverConfigFrom(parseArgs(['--data-dir', '/tmp/koers']), { DATABASE_URL: PG }).workers).toBe(1);
    expect(() => serverConfigFrom(parseArgs(['--data-dir', '/tmp/koers', '--workers', '2']), {})).toThrow(CliError);
  });
});
