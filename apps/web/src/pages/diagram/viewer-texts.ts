import type { Lang } from '@koers/engine';

/** The words of the zoomable diagram and the documentation buttons, Dutch first. */
const TEXTS = {
  tools: { nl: 'Zoomen en verschuiven', en: 'Zoom and pan' },
  zoomIn: { nl: 'Inzoomen', en: 'Zoom in' },
  zoomOut: { nl: 'Uitzoomen', en: 'Zoom out' },
  level: { nl: 'Zoomniveau', en: 'Zoom level' },
  fit: { nl: 'Passend maken', en: 'Fit to box' },
  actual: { nl: 'Ware grootte', en: 'Actual size' },
  help: {
    nl: 'Sleep om te verschuiven; Ctrl + scrollwiel of + en − zoomen, 0 maakt passend, de pijltjestoetsen verschuiven.',
    en: 'Drag to pan; Ctrl + scroll wheel or + and − zoom, 0 fits, the arrow keys pan.',
  },
  docsPrint: { nl: 'Documentatie afdrukken / PDF', en: 'Print documentation / PDF' },
  docsMarkdown: { nl: 'Documentatie (Markdown)', en: 'Documentation (Markdown)' },
} as const;

export function viewerText(key: keyof typeof TEXTS, lang: Lang): string {
  return TEXTS[key][lang];
}
