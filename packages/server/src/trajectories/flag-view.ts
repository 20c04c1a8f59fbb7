import type { Flag } from '@koers/store';
import type { JsonObject } from '@koers/engine';

/** A flag as the API shows it: who acknowledged it by name only. */
export function flagView(f: Flag) {
  return {
    id: f.id, source: f.source, code: f.code, message: f.message, detail: (f.detail ?? null) as JsonObject | null, seq: f.seq,
    raisedAt: f.raisedAt, acknowledgedAt: f.acknowledgedAt,
    acknowledgedBy: f.acknowledgedBy === null ? null : { name: f.acknowledgedBy.name }, note: f.note,
  };
}

export type FlagViewT = ReturnType<typeof flagView>;

/** The flags an event raised, for its history entry. */
export function flagsOfEvent(flags: readonly Flag[], seq: number): FlagViewT[] {
  return flags.filter((f) => f.seq === seq).map(flagView);
}
