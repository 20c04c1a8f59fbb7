import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type Init = NodeFS['init'];
type EmscriptenModule = Parameters<NonNullable<Awaited<ReturnType<Init>>['emscriptenOpts']['preRun']>[number]>[0];

interface NodeFsStream {
  nfd: number;
}

/**
 * PGlite's Node file system with a working fsync. PGlite mounts Emscripten's NODEFS, whose files have no
 * `fsync`: PostgreSQL's fsync of the WAL at commit reaches nothing. This one adds it, so a commit is on
 * disk (not only in the page cache) before PGlite answers.
 */
export class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<Init>): ReturnType<Init> {
    const { emscriptenOpts } = await super.init(...args);
    const addFsync = (module: EmscriptenModule): void => {
      const nodefs = (module as unknown as { NODEFS: { stream_ops: Record<string, unknown>; tryFSOperation<T>(f: () => T): T } }).NODEFS;
      nodefs.stream_ops.fsync = (stream: NodeFsStream) => {
        nodefs.tryFSOperation(() => fsyncSync(stream.nfd));
        return 0;
      };
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), addFsync] } };
  }
}

/**
 * PGlite's start parameters with durability back on: PGlite starts PostgreSQL with `-F` (fsync off), and
 * its Emscripten `fdatasync` does nothing, so the WAL is flushed with `fsync` instead.
 */
export const DURABLE_START_PARAMS: string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c', 'wal_sync_method=fsync',
];

/**
 * Fsyncs every file and folder under `dir`, then `dir` itself. PGlite's initdb writes a new data directory
 * without fsync (PostgreSQL never syncs those files again), so a new directory is put on disk whole once,
 * before its first use (about a second for the ~1,000 files).
 */
export function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) syncTree(join(dir, entry.name));
    else if (entry.isFile()) syncFile(join(dir, entry.name));
  }
  syncFile(dir);
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
