import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Another process has the embedded database open. */
export class DataDirLocked extends Error {
  readonly code = 'data-dir-locked' as const;
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`De database in ${dataDir} is al geopend door proces ${pid}. / The database in ${dataDir} is already open in process ${pid}.`);
    this.name = 'DataDirLocked';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock on a PGlite data directory: PGlite itself lets two processes open one directory and
 * corrupt it. A lock left by a process that no longer runs (killed with SIGKILL) is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'koers.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirLocked(dataDir, pid);
      if (pid === process.pid) throw new DataDirLocked(dataDir, pid);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}
