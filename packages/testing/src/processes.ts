import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';

/** An API token as the server makes them, stored by its hash: scripts and process tests sign in with it. */
export function apiToken(): { secret: string; hash: string } {
  const secret = `koers_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: createHash('sha256').update(secret).digest('hex') };
}

/** Polls `done` until it holds (a condition, not a sleep), or fails after `ms` saying what it waited for. */
export async function until(done: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The process ids of a process's children (the workers of a server's primary); none when it has none. */
export function childProcesses(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/** Whether a process with this id still runs (signal 0 asks without touching it). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
