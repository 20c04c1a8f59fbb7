import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './tree';



/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The real server (`apps/server/src/main.ts` under node + tsx) as a child process on 127.0.0.1. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed, for a failing test's message. */
  output(): string;
  /** Resolves with the exit code or signal once it is gone. */
  exited: Promise<string>;
}

/**
 * Starts the server with these environment variables (besides PORT and HOST) and Node options (`nodeArgs`, e.g.
 * `--cpu-prof`), and waits until /api/health answers.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(ROOT, 'apps', 'server', 'src', 'main.ts')], {
    // One process unless the test asks for more (KOERS_WORKERS): the default with PostgreSQL is one per core.
    cwd: ROOT, env: { ...process.env, KOERS_WORKERS: '1', ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let gone: string | undefined;
  void exited.then((how) => (gone = how));
  for (;;) {
    if (gone !== undefined) throw new Error(`server stopped before answering (${gone}):\n${printed}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${printed}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, output: () => printed, exited };
}

/** Stops the server with SIGTERM (it closes its database and lock), or SIGKILL after `graceMs`. */
export async function stopServer(server: ServerProcess, graceMs = 15_000): Promise<string> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  const how = await server.exited;
  clearTimeout(timer);
  return how;
}
