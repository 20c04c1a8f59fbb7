// The appendEvent loop the benchmarks share: ~1 KB event data, ~2 KB snapshot, BENCH_SECONDS (5) per run.
import { performance } from 'node:perf_hooks';
import { type Store, type TrajectoryState } from '@koers/store';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const filler = 'Verbeterpunt: eenduidige preventieve aanpak lezen in groep 2-4, met coaching on the job. ';
const data = { toelichting: filler.repeat(11).slice(0, 1000), datum: '2026-09-08' };
const snapshot = { value: 'intake', context: { forms: { intake: { tekst: filler.repeat(22).slice(0, 2000) } }, budgets: { uren: { limit: 15, used: 3 } } } };
const state = (n: number): TrajectoryState => ({
  status: 'active', snapshot: { ...snapshot, n }, steps: ['intake'], stepsDueAt: ['2026-10-01T00:00:00.000Z'], waitingRoles: ['ib'],
  enteredAt: '2026-09-01T00:00:00.000Z', dueAt: '2026-10-01T00:00:00.000Z',
});

/** appendEvent calls per second with `clients` concurrent writers, each on its own trajectory. */
export async function appendRate(store: Store, clients: number): Promise<number> {
  const school = await store.organisations.create({ kind: 'school', name: `School ${clients}` });
  const ids: string[] = [];
  for (let i = 0; i < clients; i++) {
    const r = await store.trajectories.create({ typeId: 'bench', typeVersion: 1, schoolId: school.id, createdBy: null, actorRoles: [], at: new Date(), ...state(0) });
    if (r.kind === 'created') ids.push(r.trajectory.id);
  }
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(ids.map(async (id) => {
    let version = 1;
    while (performance.now() < until) {
      const r = await store.trajectories.appendEvent(id, version, state(version), {
        type: 'VOORTGANG', actorId: null, actorRoles: ['ib'], data, at: new Date(), stepsBefore: ['intake'],
      });
      if (r.kind !== 'appended') throw new Error(`unexpected ${r.kind}`);
      version = r.seq;
      done++;
    }
  }));
  return done / SECONDS;
}

