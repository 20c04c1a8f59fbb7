import type { CompiledDefinition, Prefill, TrajectorySnapshot } from '@koers/engine';
import type { EventSummary } from '@koers/store';
import { eventForm } from './documents';

/**
 * The carried-over answers as the page shows them: each earlier form they come from with the moment it was
 * submitted (the last submission of that form; for the last round's, the last before that round ended), so the
 * page can say "Overgenomen uit: Startgesprek, ingevuld op 12 maart 2026". Null when no submission is recorded.
 */
export function prefillView(def: CompiledDefinition, prefill: Prefill, events: readonly EventSummary[], periods: TrajectorySnapshot['context']['periods']) {
  const roundEnded = periods.at(-1)?.endedAt;
  return {
    data: prefill.data, sources: prefill.sources,
    from: prefill.from.map((origin) => {
      const submitted = events.filter((e) => eventForm(def, e) === origin.form && (!origin.previousRound || (roundEnded !== undefined && e.at <= roundEnded)));
      return { ...origin, at: submitted.at(-1)?.at ?? null };
    }),
  };
}
