import type { Lang, Localized } from '@koers/engine';

/** The web app's own texts (page titles, buttons). Form texts come from the definitions. */
export const APP_MESSAGES = {
  appName: { nl: 'Koers', en: 'Koers' },
  tagline: { nl: 'Schoolontwikkeling in stappen', en: 'School development step by step' },
  skipToContent: { nl: 'Naar de inhoud', en: 'Skip to content' },
  mainNav: { nl: 'Hoofdmenu', en: 'Main menu' },
  language: { nl: 'Taal', en: 'Language' },
  home: { nl: 'Start', en: 'Home' },
  homeIntro: {
    nl: 'Koers begeleidt scholen stap voor stap door hun verbetertraject. Hier kunt u de formulieren van elke trajectsoort bekijken en uitproberen.',
    en: 'Koers guides schools step by step through their improvement track. Here you can view and try out the forms of every trajectory type.',
  },
  formsPreview: { nl: 'Formulieren bekijken', en: 'Preview forms' },
  formsPreviewIntro: {
    nl: 'Bekijk elk formulier zoals scholen en procesbegeleiders het zien, vul een voorbeeld in en controleer de meldingen. Er wordt niets opgeslagen.',
    en: 'See each form as schools and coaches see it, fill in an example and check the messages. Nothing is saved.',
  },
  allForms: { nl: 'Alle formulieren', en: 'All forms' },
  otherForms: { nl: 'Overige formulieren', en: 'Other forms' },
  chooseForm: { nl: 'Formulier', en: 'Form' },
  chooseFormPlaceholder: { nl: 'Kies een formulier', en: 'Choose a form' },
  pickAForm: { nl: 'Kies links een formulier om het te bekijken.', en: 'Choose a form on the left to view it.' },
  fillExample: { nl: 'Voorbeeld invullen', en: 'Fill with example' },
  fillExampleN: { nl: 'Voorbeeld {n} invullen', en: 'Fill with example {n}' },
  clearForm: { nl: 'Leegmaken', en: 'Clear' },
  readonly: { nl: 'Alleen lezen', en: 'Read-only' },
  valid: { nl: 'Geldig: het formulier kan zo worden ingediend.', en: 'Valid: the form can be submitted like this.' },
  problems: { nl: '{count} meldingen', en: '{count} problems' },
  problemsOne: { nl: '1 melding', en: '1 problem' },
  dataJson: { nl: 'Ingevulde gegevens (JSON)', en: 'Form data (JSON)' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  formNotFound: { nl: 'Dit formulier bestaat niet.', en: 'This form does not exist.' },
  notFound: { nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' },
  toHome: { nl: 'Naar de startpagina', en: 'Go to the home page' },
  formTools: { nl: 'Voorbeeldgegevens en weergave', en: 'Example data and display' },
} satisfies Record<string, Localized>;

export type AppMessageKey = keyof typeof APP_MESSAGES;

export function appMsg(key: AppMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const text = APP_MESSAGES[key][lang] || APP_MESSAGES[key].nl;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
