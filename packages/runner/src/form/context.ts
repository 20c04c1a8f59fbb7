import { createContext, useContext } from 'react';
import type { Lang } from '@koers/engine';
import type { FormError } from './errors';

/** What the runner's renderers need from the FormStep around them, beyond what JSON Forms passes. */
export interface FormStepContextValue {
  lang: Lang;
  readonly: boolean;
  /** Prefix that keeps field ids unique when several forms share a page. */
  idPrefix: string;
  errors: readonly FormError[];
  /** Warnings of the form's rules while filling in (`severity: warning`): shown at their field, never blocking. */
  warnings: readonly FormError[];
  /** The open tab of a Categorization; FormStep owns it so the error summary can switch tabs. */
  category: number;
  setCategory: (index: number) => void;
  /** Fields whose value was carried over, by JSON Forms data path (`doel`, `doelen.0.doel`): where it came from. */
  carried: Readonly<Record<string, string>>;
}

export const FormStepContext = createContext<FormStepContextValue>({
  lang: 'nl',
  readonly: false,
  idPrefix: 'koers',
  errors: [],
  warnings: [],
  category: 0,
  setCategory: () => {},
  carried: {},
});

export function useFormStep(): FormStepContextValue {
  return useContext(FormStepContext);
}

/** The DOM id of the field at a JSON Forms data path (`smartDoelen.0.doel`). */
export function fieldId(idPrefix: string, path: string): string {
  return `${idPrefix}-${path.replace(/[^A-Za-z0-9_-]+/g, '-') || 'root'}`;
}
