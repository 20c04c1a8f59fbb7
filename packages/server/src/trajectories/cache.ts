import type { Trajectory } from '@koers/store';
import { Recent } from '../recent';

/**
 * The last known row of recently written trajectories, so a submit whose `expectedVersion` matches skips
 * reading the trajectory: one round trip (the append) instead of two. Safe across processes: the row of
 * a trajectory at a given version never changes (the version is the seq of its last event, and the school
 * never changes), and the append still checks the version in the database, so a stale entry can only
 * cause a 409, never a lost update.
 */
export class TrajectoryCache {
  private readonly rows: Recent<string, Trajectory>;
  constructor(max = 2_000) {
    this.rows = new Recent(max);
  }

  /** The row if it is known at exactly this version. */
  at(id: string, version: number): Trajectory | undefined {
    const row = this.rows.get(id);
    return row?.version === version ? row : undefined;
  }

  set(row: Trajectory): void {
    // A group trajectory's access follows its group's members and leads, which change without an event on it.
    if (row.subject === 'group') return;
    // The oldest written is dropped first.
    this.rows.set(row.id, row);
  }
}
