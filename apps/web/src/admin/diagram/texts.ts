import type { Lang } from '@koers/engine';

/** The live diagram's texts, Dutch first. */
const TEXTS = {
  label: { nl: 'Stroomschema van het concept', en: 'Flow diagram of the draft' },
  help: {
    nl: 'Klik op een stap (of ga er met Tab heen en druk op Enter) om hem te kiezen. De stappenlijst werkt ook met alleen het toetsenbord.',
    en: 'Click a step (or Tab to it and press Enter) to select it. The step list works with the keyboard alone too.',
  },
  larger: { nl: 'Groter tonen', en: 'Show larger' },
  loading: { nl: 'Stroomschema wordt getekend…', en: 'Drawing the flow diagram…' },
  stale: {
    nl: 'Het concept heeft nu problemen: dit is het laatste schema zonder problemen. Het wordt weer bijgewerkt zodra de problemen zijn opgelost.',
    en: 'The draft has problems now: this is the last diagram without problems. It updates again once they are solved.',
  },
  sketch: {
    nl: 'Het concept heeft nog problemen: het schema toont de stappen zoals ze nu zijn en kan onvolledig zijn.',
    en: 'The draft still has problems: the diagram shows the steps as they are now and may be incomplete.',
  },
  blocked: {
    nl: 'Nog geen schema: het concept is zo niet te tekenen. Eerst dit probleem oplossen:',
    en: 'No diagram yet: the draft cannot be drawn like this. Solve this problem first:',
  },
  toProblem: { nl: 'Naar dit probleem', en: 'Go to this problem' },
  none: {
    nl: 'Nog geen schema: los eerst de problemen van het concept op.',
    en: 'No diagram yet: solve the draft\'s problems first.',
  },
  failed: { nl: 'Het schema kon niet getekend worden', en: 'The diagram could not be drawn' },
} satisfies Record<string, Record<Lang, string>>;

/** A live diagram text in the given language. */
export const diagramText = (key: keyof typeof TEXTS, lang: Lang): string => TEXTS[key][lang];
