import type { Selection } from './bundle';

/*
 * The selection in the editor's address (`#/beheer/soorten/pd?tab=proces&stap=uitvoering/begeleiding`), so a
 * reload or a shared link opens the same place. Readable Dutch names; a step path is its keys joined by `/`.
 */

/** The editor's tabs, by their name in the address. */
export const EDITOR_TABS = ['proces', 'formulieren', 'json', 'proberen'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

const SELECTION_KEYS = ['stap', 'gebeurtenis', 'tak', 'formulier', 'veld'] as const;

/** The tab named in the search params, or the process tab. */
export function tabOf(params: URLSearchParams): EditorTab {
  const tab = params.get('tab');
  return (EDITOR_TABS as readonly string[]).includes(tab ?? '') ? (tab as EditorTab) : 'proces';
}

/** The selection the search params name; what does not make sense is the type itself. */
export function selectionOf(params: URLSearchParams): Selection {
  const form = params.get('formulier');
  if (form !== null) {
    const field = params.get('veld');
    return field?.startsWith('/') ? { kind: 'form', formId: form, field } : { kind: 'form', formId: form };
  }
  const step = params.get('stap');
  if (step === null) return { kind: 'type' };
  const path = step === '' ? [] : step.split('/');
  const event = params.get('gebeurtenis');
  if (event === null) return { kind: 'step', path };
  const index = Number(params.get('tak') ?? '0');
  return { kind: 'transition', path, event, index: Number.isInteger(index) && index >= 0 ? index : 0 };
}

/** The search params with `tab` and `selection` written in (other params kept). */
export function withPlace(params: URLSearchParams, tab: EditorTab, selection: Selection): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of SELECTION_KEYS) next.delete(key);
  if (tab === 'proces') next.delete('tab');
  else next.set('tab', tab);
  if (selection.kind === 'step' || selection.kind === 'transition') next.set('stap', selection.path.join('/'));
  if (selection.kind === 'transition') {
    next.set('gebeurtenis', selection.event);
    if (selection.index > 0) next.set('tak', String(selection.index));
  }
  if (selection.kind === 'form') {
    next.set('formulier', selection.formId);
    if (selection.field) next.set('veld', selection.field);
  }
  return next;
}
