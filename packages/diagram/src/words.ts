import { DESCRIPTION_WORDS, type Lang } from '@koers/engine';

/** The fixed texts a diagram or document shows, Dutch first. */
export const WORDS = {
  ...DESCRIPTION_WORDS,
  automatic: { nl: 'automatisch', en: 'automatic' },
  whenDone: { nl: 'als afgerond', en: 'when finished' },
  otherwise: { nl: 'anders', en: 'otherwise' },
  warning: { nl: 'signaal, tenzij', en: 'flag, unless' },
  parallel: { nl: 'parallel', en: 'parallel' },
  parallelHint: { nl: 'sporen lopen tegelijk', en: 'regions run at the same time' },
  trajectories: { nl: 'trajecten', en: 'trajectories' },
  trajectory: { nl: 'traject', en: 'trajectory' },
  overdue: { nl: 'over tijd', en: 'overdue' },
  here: { nl: 'hier staat het traject', en: 'the trajectory is here' },
  positionLegend: { nl: 'blauw = hier staat het traject, groen = afgerond', en: 'blue = where the trajectory is, green = done' },
  timerLegend: { nl: '◷ paars gestreept = gaat vanzelf als de tijd verstrijkt', en: '◷ purple dashed = happens by itself as time passes' },
  heatLegend: { nl: 'kleur = aantal trajecten in de stap (donkerder = meer)', en: 'colour = trajectories in the step (darker = more)' },
} as const;

export type WordKey = keyof typeof WORDS;

/** One fixed text in `lang`. */
export function word(key: WordKey, lang: Lang): string {
  return WORDS[key][lang];
}
