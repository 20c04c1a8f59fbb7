import { performance } from 'node:perf_hooks';
import { type ParsedArgs, flag, langFlag } from '../args';
import { openStore } from '../open-store';
import type { Io } from '../main';

/** Where `koers verify` reads: `--database-url`, else `--data-dir`, else DATABASE_URL, else KOERS_DATA_DIR or ./data. */
export function databaseOf(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): { url: string } | { dataDir: string } {
  const url = flag(args, 'database-url');
  if (url !== undefined) return { url };
  const dataDir = flag(args, 'data-dir');
  if (dataDir !== undefined) return { dataDir };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: env.KOERS_DATA_DIR ?? './data' };
}

/**
 * `koers verify [--data-dir d | --database-url u]`: replays every trajectory's event log through its
 * type version and prints one line per trajectory whose stored snapshot or columns differ, then a
 * summary; then one line per row of the overview's counts (`type_counts`, `step_dues`, kept by triggers) that a
 * recount does not give. Exit 0 when every trajectory replays to what is stored and the counts agree, 1 otherwise, 2 when the database
 * cannot be opened. Stop the server first when it uses the same PGlite directory (it holds the lock).
 */
export async function verifyCommand(args: ParsedArgs, io: Io): Promise<number> {
  const lang = langFlag(args);
  const where = databaseOf(args);
  const { verifyStore } = await import('@koers/server');
  const store = await openStore('verify', where);
  try {
    const t0 = performance.now();
    const summary = await verifyStore(store, {
      onFinding: (f) => io.out(`${f.trajectoryId}  ${f.school.name}  ${f.typeId}@${f.typeVersion}  seq ${f.seq}  ${f.pointer || '/'}  ${f.message[lang]}`),
    });
    for (const d of summary.derived) {
      io.out(lang === 'nl'
        ? `${d.table}  ${d.key}  opgeslagen ${d.stored ?? '(geen rij)'}, uit de trajecten ${d.expected ?? '(geen rij)'}`
        : `${d.table}  ${d.key}  stored ${d.stored ?? '(no row)'}, from the trajectories ${d.expected ?? '(no row)'}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const rate = seconds > 0 ? Math.round(summary.checked / seconds) : summary.checked;
    const n = summary.findings.length;
    io.out(lang === 'nl'
      ? `${summary.checked} trajecten gecontroleerd in ${seconds.toFixed(2)} s (${rate}/s): ${n === 0 ? 'alles klopt' : `${n} ${n === 1 ? 'wijkt' : 'wijken'} af`}`
      : `${summary.checked} trajectories checked in ${seconds.toFixed(2)} s (${rate}/s): ${n === 0 ? 'all consistent' : `${n} differ`}`);
    const m = summary.derived.length;
    if (m > 0) {
      io.out(lang === 'nl'
        ? `de overzichtstellingen (type_counts, step_dues) wijken op ${m} ${m === 1 ? 'rij' : 'rijen'} af van de trajecten`
        : `the overview counts (type_counts, step_dues) differ from the trajectories in ${m} ${m === 1 ? 'row' : 'rows'}`);
    }
    return n === 0 && m === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}
