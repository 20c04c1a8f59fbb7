import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { flockSync } from 'fs-ext';

/** Another process has the embedded database open. */
export class DataDirLocked extends Error {
  readonly code = 'data-dir-locked' as const;
  constructor(readonly dataDir: string, readonly pid: number | undefined) {
    const who = pid ? `proces ${pid}` : 'een ander proces';
    const whoEn = pid ? `process ${pid}` : 'another process';
    super(`De database in ${dataDir} is al geopend door ${who}. / The database in ${dataDir} is already open in ${whoEn}.`);
    this.name = 'DataDirLocked';
  }
}

/**
 * Takes the lock on a PGlite data directory: PGlite itself lets two processes open one directory and
 * corrupt it. The lock is the operating system's (flock on `koers.lock`, held through an open file), so it
 * dies with its holder however that ends, and the pid written in the file only names the holder in the
 * message: a leftover file never blocks. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'koers.lock');
  for (;;) {
    const fd = openSync(file, constants.O_RDWR | constants.O_CREAT, 0o644);
    try {
      flockSync(fd, 'exnb');
    } catch (error) {
      const holder = Number(readFileSync(fd, 'utf8').trim());
      closeSync(fd);
      if (['EAGAIN', 'EWOULDBLOCK'].includes((error as NodeJS.ErrnoException).code ?? '')) {
        throw new DataDirLocked(dataDir, Number.isInteger(holder) && holder > 0 ? holder : undefined);
      }
      throw error;
    }
    // A holder that released removed the file after we opened it: our lock is on a file nobody else sees.
    if (statSync(file, { throwIfNoEntry: false })?.ino !== fstatSync(fd).ino) {
      closeSync(fd);
      continue;
    }
    ftruncateSync(fd, 0);
    writeSync(fd, String(process.pid), 0);
    return () => {
      rmSync(file, { force: true });
      closeSync(fd);
    };
  }
}
