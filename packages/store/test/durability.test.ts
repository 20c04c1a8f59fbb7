import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** strace shows the system calls themselves: the fsync must reach the kernel, not only PGlite's own layer. */
const strace = spawnSync('strace', ['-V']).status === 0;
if (!strace) {
  if (process.env.CI === 'true') throw new Error('strace is required under CI=true (.ci/run installs it)');
  console.warn('\n!!! strace is not installed: the PGlite durability test is SKIPPED (apt-get install -y strace)\n');
}

describe.runIf(strace)('a commit on the embedded database (PGlite on disk)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-durable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is fsynced to the WAL on disk before it is acknowledged, in a directory that was on disk whole before its first use', async () => {
    const trace = join(dir, 'strace.txt');
    const script = join(import.meta.dirname, 'support', 'commit-and-ack.ts');
    const child = spawn('strace', ['-f', '-y', '-e', 'trace=fsync,fdatasync,write', '-o', trace,
      process.execPath, '--import', 'tsx', script, join(dir, 'data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, printed).toBe(0);

    const lines = readFileSync(trace, 'utf8').split('\n');
    const marks = lines.flatMap((line, index) => (/write\(1<[^>]*>, "(begin|ack \d)\\n"/.test(line) ? [index] : []));
    expect(marks).toHaveLength(4);
    // The new directory as initdb left it (files PostgreSQL itself never fsyncs) is on disk before its first use.
    const opening = lines.slice(0, marks[0]);
    for (const file of ['PG_VERSION', 'global/pg_filenode.map', 'postgresql.conf']) {
      expect(opening.some((line) => line.includes(`fsync(`) && line.includes(`/data/${file}>) = 0`)), file).toBe(true);
    }
    // Between one acknowledgement and the next, the commit's WAL file must have been fsynced.
    for (let n = 1; n < marks.length; n++) {
      const between = lines.slice(marks[n - 1]! + 1, marks[n]);
      expect(between.filter((line) => /\b(fsync|fdatasync)\(\d+<[^>]*\/pg_wal\/[0-9A-F]+>\) = 0/.test(line)), `ack ${n}`).not.toHaveLength(0);
    }
  }, 60_000);
});
