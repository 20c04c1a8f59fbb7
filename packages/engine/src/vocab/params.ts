/**
 * What each guard and action needs, so the linter can check a reference without running it.
 * `kind` says what a string param names: a counter, budget, form, variable, role or pointer.
 */
export type ParamKind =
  | 'counter' | 'budget' | 'form' | 'variable' | 'roles' | 'field' | 'expression'
  | 'number' | 'string' | 'json' | 'localized' | 'counters' | 'budgets' | 'forms' | 'date' | 'signoff';

export interface ParamSpec {
  kind: ParamKind;
  required: boolean;
}

export type VocabularySpec = Record<string, { params: Record<string, ParamSpec>; oneOf?: string[][] }>;

const req = (kind: ParamKind): ParamSpec => ({ kind, required: true });
const opt = (kind: ParamKind): ParamSpec => ({ kind, required: false });

export const GUARD_SPECS: VocabularySpec = {
  formSubmitted: { params: { form: req('form') } },
  answerEquals: { params: { form: opt('form'), field: req('field'), value: req('json') } },
  answerIn: { params: { form: opt('form'), field: req('field'), values: req('json') } },
  condition: { params: { expr: req('expression') } },
  counterAtLeast: { params: { counter: req('counter'), value: req('number') } },
  counterBelow: { params: { counter: req('counter'), value: req('number') } },
  budgetAvailable: {
    params: { budget: req('budget'), amount: opt('number'), amountField: opt('field') },
    oneOf: [['amount', 'amountField']],
  },
  signedOff: { params: { key: req('signoff'), count: opt('number') } },
};

export const ACTION_SPECS: VocabularySpec = {
  increment: { params: { counter: req('counter'), by: opt('number') } },
  resetCounter: { params: { counter: req('counter') } },
  useBudget: {
    params: { budget: req('budget'), amount: opt('number'), amountField: opt('field') },
    oneOf: [['amount', 'amountField']],
  },
  extendBudget: { params: { budget: req('budget'), amount: req('number') } },
  recordDate: { params: { key: req('date') } },
  set: { params: { var: req('variable'), value: opt('json'), expr: opt('expression') }, oneOf: [['value', 'expr']] },
  startPeriod: { params: { resetCounters: opt('counters'), resetBudgets: opt('budgets'), keepForms: opt('forms') } },
  notify: { params: { roles: req('roles'), message: req('localized') } },
};

/** Actions whose work is done by the server (sending mail), returned as effects. */
export const EFFECT_ACTIONS = new Set(['notify']);
