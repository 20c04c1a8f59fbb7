import type { Problem } from '@koers/engine';
import type { Catalogue } from '@koers/server';
import { formatProblems } from '../load';
import type { Io } from '../main';
import { openStore, placeOf } from '../open-store';

/**
 * `koers validate --against <data dir | postgres url>`: the definitions that differ from the version published
 * under the same id and number in that database, one problem line each (a published version is never replaced,
 * so such an edit would be ignored). Returns the problems it printed.
 */
export async function validateAgainst(catalogue: Catalogue, target: string, lang: 'nl' | 'en', io: Io): Promise<Problem[]> {
  const [{ publishedDrift, driftProblem }, store] = await Promise.all([import('@koers/server'), openStore('validate', placeOf(target))]);
  try {
    const problems = (await publishedDrift(store, catalogue)).map(driftProblem);
    for (const line of formatProblems(problems, lang)) io.err(line);
    return problems;
  } finally {
    await store.close();
  }
}
