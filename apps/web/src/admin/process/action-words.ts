import type { Lang, Localized } from '@koers/engine';

/** Names of the guards of the vocabulary (engine GUARD_SPECS), as an admin reads them. */
export const GUARD_NAMES: Record<string, Localized> = {
  formSubmitted: { nl: 'Formulier is ingediend', en: 'Form was submitted' },
  answerEquals: { nl: 'Antwoord is gelijk aan', en: 'Answer equals' },
  answerIn: { nl: 'Antwoord is een van', en: 'Answer is one of' },
  condition: { nl: 'Voorwaarden op gegevens', en: 'Conditions on data' },
  counterAtLeast: { nl: 'Teller is minstens', en: 'Counter is at least' },
  counterBelow: { nl: 'Teller is minder dan', en: 'Counter is below' },
  budgetAvailable: { nl: 'Genoeg budget over', en: 'Enough budget left' },
  signedOff: { nl: 'Is ondertekend', en: 'Is signed off' },
};

/** Names of the actions of the vocabulary (engine ACTION_SPECS). */
export const ACTION_NAMES: Record<string, Localized> = {
  increment: { nl: 'Teller ophogen', en: 'Increase counter' },
  resetCounter: { nl: 'Teller op 0 zetten', en: 'Reset counter' },
  useBudget: { nl: 'Budget gebruiken', en: 'Use budget' },
  extendBudget: { nl: 'Budget verhogen', en: 'Extend budget' },
  recordDate: { nl: 'Datum vastleggen', en: 'Record date' },
  set: { nl: 'Variabele zetten', en: 'Set variable' },
  startPeriod: { nl: 'Nieuwe periode beginnen', en: 'Start new period' },
  notify: { nl: 'Bericht sturen', en: 'Send message' },
};

/** Names of params, by param name (with the vocabulary item when the same name means something else). */
const PARAM_NAMES: Record<string, Localized> = {
  form: { nl: 'Formulier', en: 'Form' },
  field: { nl: 'Veld', en: 'Field' },
  value: { nl: 'Waarde', en: 'Value' },
  values: { nl: 'Waarden', en: 'Values' },
  expr: { nl: 'Berekening (JSON Logic)', en: 'Computation (JSON Logic)' },
  counter: { nl: 'Teller', en: 'Counter' },
  budget: { nl: 'Budget', en: 'Budget' },
  amount: { nl: 'Hoeveelheid', en: 'Amount' },
  amountField: { nl: 'Hoeveelheid uit veld', en: 'Amount from field' },
  by: { nl: 'Met (standaard 1)', en: 'By (default 1)' },
  key: { nl: 'Datum', en: 'Date' },
  var: { nl: 'Variabele', en: 'Variable' },
  resetCounters: { nl: 'Tellers op 0', en: 'Counters back to 0' },
  resetBudgets: { nl: 'Budgetten terug naar de limiet', en: 'Budgets back to their limit' },
  keepForms: { nl: 'Formulieren die ingevuld blijven', en: 'Forms that stay filled in' },
  roles: { nl: 'Aan', en: 'To' },
  message: { nl: 'Bericht', en: 'Message' },
};

/** The label of a param in `lang` (its name when unknown). */
export function paramName(name: string, lang: Lang): string {
  return PARAM_NAMES[name]?.[lang] ?? name;
}

/** The name of a guard or action in `lang` (its type when unknown). */
export function vocabularyName(type: string, vocabulary: 'guard' | 'action', lang: Lang): string {
  return (vocabulary === 'guard' ? GUARD_NAMES : ACTION_NAMES)[type]?.[lang] ?? type;
}
