import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLocked, lockDataDir } from '../src';

/** Another process that takes the lock; resolves once it holds it. */
async function holder(dir: string): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'hold-lock.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    void exited.then(() => reject(new Error('the lock holder stopped before it held the lock')));
  });
  return { child, exited };
}

describe('the lock on an embedded database directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'koers-lock-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is not blocked by a lock file naming this very process (a container restarting as PID 1)', () => {
    lockAfterLeftoverFile(join(root, 'own-pid'), process.pid)();
  });

  it('is not blocked by a lock file naming a live process that does not hold it', () => {
    lockAfterLeftoverFile(join(root, 'live-pid'), process.ppid)();
  });

  it('keeps a second process out with a Dutch message, and is free the moment its SIGKILLed holder is gone', async () => {
    const dir = join(root, 'held');
    const { child, exited } = await holder(dir);
    try {
      const refused = (() => {
        try {
          lockDataDir(dir)();
        } catch (error) {
          return error;
        }
      })();
      expect(refused).toBeInstanceOf(DataDirLocked);
      expect((refused as Error).message).toContain(`De database in ${dir} is al geopend door proces ${child.pid}`);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    lockDataDir(dir)();
  }, 30_000);
});

/** Leaves a lock file naming `pid` in `dir` (as a killed holder would), then takes the lock. */
function lockAfterLeftoverFile(dir: string, pid: number): () => void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'koers.lock'), String(pid));
  return lockDataDir(dir);
}
