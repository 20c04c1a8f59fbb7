import { textIn, type Lang, type Localized } from '@koers/engine';
import type { Bundle, Selection } from './bundle';
import { getIn, stateAt } from './edit';

/*
 * A selection in words, for the problems panel and the publish button's "where": the step's title rather than
 * its key, the event's label rather than its name, the field's title rather than its pointer.
 */

const WORDS = {
  type: { nl: 'Trajectsoort', en: 'Trajectory type' },
  machine: { nl: 'Het proces', en: 'The process' },
  step: { nl: 'Stap', en: 'Step' },
  event: { nl: 'gebeurtenis', en: 'event' },
  automatic: { nl: 'automatische keuze', en: 'automatic choice' },
  form: { nl: 'Formulier', en: 'Form' },
  field: { nl: 'veld', en: 'field' },
} satisfies Record<string, Localized>;

const localizedAt = (value: unknown, lang: Lang, fallback: string): string => {
  if (value && typeof value === 'object' && !Array.isArray(value)) return textIn(value as Localized, lang) || fallback;
  return typeof value === 'string' && value ? value : fallback;
};

/** The title of the step at `path` (its key when it has none). */
export function stepName(bundle: Bundle, path: readonly string[], lang: Lang): string {
  if (path.length === 0) return WORDS.machine[lang];
  return localizedAt(getIn(stateAt(bundle, path), ['meta', 'title']), lang, path.at(-1)!);
}

/**
 * Where a selection is, in words: `Stap "Intake" · gebeurtenis "Intake vastleggen"`, `Formulier "Intake" · veld "Datum"`.
 * @example placeName({ kind: 'step', path: ['intake'] }, bundle, 'nl') // 'Stap "Intakegesprek"'
 */
export function placeName(selection: Selection, bundle: Bundle, lang: Lang): string {
  switch (selection.kind) {
    case 'type':
      return WORDS.type[lang];
    case 'step':
      return selection.path.length === 0 ? WORDS.machine[lang] : `${WORDS.step[lang]} "${stepName(bundle, selection.path, lang)}"`;
    case 'transition': {
      const step = selection.path.length === 0 ? WORDS.machine[lang] : `${WORDS.step[lang]} "${stepName(bundle, selection.path, lang)}"`;
      if (selection.event === '') return `${step} · ${WORDS.automatic[lang]} ${selection.index + 1}`;
      const label = getIn(stateAt(bundle, selection.path), ['meta', 'events', selection.event, 'label']);
      return `${step} · ${WORDS.event[lang]} "${localizedAt(label, lang, selection.event)}"`;
    }
    case 'form': {
      const form = bundle.forms.find((f) => f.id === selection.formId);
      const name = `${WORDS.form[lang]} "${localizedAt(form?.title, lang, selection.formId)}"`;
      if (!selection.field) return name;
      const keys = selection.field.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
      const title = getIn(form?.schema, [...keys, 'title']);
      return `${name} · ${WORDS.field[lang]} "${localizedAt(title, lang, keys.at(-1) ?? selection.field)}"`;
    }
  }
}
