import { useState } from 'react';
import type { Lang } from '@koers/engine';
import type { Bundle, StatePath } from '../model/bundle';
import { stateAt } from '../model/edit';
import { addStepAfter, addSubstep, canLiftOut, childrenOf, deleteStep, kindOf, liftOut, moveStep, nestIntoPrevious, nestTarget } from '../model/states';
import { addHistoryStep, setFinal, setParallel } from '../model/step-kinds';
import { referencesTo } from './references';
import { processText } from './texts';

/** The tree's buttons for the selected step; each edit reports the new bundle and where the step is now. */
export function StepActions({ bundle, path, title, onEdit, lang }: {
  bundle: Bundle;
  /** The selected step, or undefined when none is (then only "add first step" is offered). */
  path: StatePath | undefined;
  title: string;
  onEdit: (bundle: Bundle, select: StatePath | undefined) => void;
  lang: Lang;
}) {
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const t = (key: Parameters<typeof processText>[0]) => processText(key, lang);
  if (!path) {
    const last = childrenOf(bundle, []).at(-1);
    const add = () => {
      const done = last ? addStepAfter(bundle, [last[0]]) : addSubstep(bundle, []);
      onEdit(done.bundle, done.path);
    };
    return <div className="process-actions"><button type="button" className="button button--secondary" onClick={add}>{t(last ? 'addAfter' : 'addFirst')}</button></div>;
  }
  const state = stateAt(bundle, path);
  const kind = kindOf(state);
  const siblings = childrenOf(bundle, path.slice(0, -1)).map(([k]) => k);
  const at = siblings.indexOf(path.at(-1)!);
  const hasChildren = childrenOf(bundle, path).length > 0;
  // After a delete the selection goes to the step before (or after) it, else to its group, else to the type.
  const other = siblings[at - 1] ?? siblings[at + 1];
  const neighbour = other !== undefined ? [...path.slice(0, -1), other] : path.length > 1 ? path.slice(0, -1) : undefined;
  const refs = confirming === path.join('.') ? referencesTo(bundle, path, lang) : [];
  const button = (label: string, run: () => void, enabled = true, pressed?: boolean) => (
    <button type="button" className="button button--secondary process-actions__button" onClick={run} disabled={!enabled} aria-pressed={pressed}>{label}</button>
  );

  return (
    <div className="process-actions" role="group" aria-label={processText('actionsFor', lang, { step: title })}>
      {button(t('addAfter'), () => { const r = addStepAfter(bundle, path); onEdit(r.bundle, r.path); })}
      {button(t('addSub'), () => { const r = addSubstep(bundle, path); onEdit(r.bundle, r.path); }, kind !== 'final' && kind !== 'history')}
      {button(t('moveUp'), () => onEdit(moveStep(bundle, path, -1), path), at > 0)}
      {button(t('moveDown'), () => onEdit(moveStep(bundle, path, 1), path), at < siblings.length - 1)}
      {button(t('nest'), () => { const r = nestIntoPrevious(bundle, path); onEdit(r.bundle, r.path); }, nestTarget(bundle, path) !== undefined)}
      {button(t('lift'), () => { const r = liftOut(bundle, path); onEdit(r.bundle, r.path); }, canLiftOut(bundle, path))}
      {button(t('final'), () => onEdit(setFinal(bundle, path, kind !== 'final'), path), kind === 'final' || (kind === 'atomic' && !hasChildren), kind === 'final')}
      {button(t('parallel'), () => onEdit(setParallel(bundle, path, kind !== 'parallel'), path), kind === 'parallel' || kind === 'compound', kind === 'parallel')}
      {button(t('history'), () => { const r = addHistoryStep(bundle, path); onEdit(r.bundle, r.path); }, kind === 'compound')}
      {button(t('remove'), () => setConfirming(path.join('.')))}
      {confirming === path.join('.') && (
        <div className="process-actions__confirm" role="alertdialog" aria-label={processText('confirmDelete', lang, { step: title })}>
          <p>{processText('confirmDelete', lang, { step: title })}</p>
          {refs.length > 0 && (<><p>{t('refersTo')}</p><ul>{refs.map((r, i) => <li key={i}>{r}</li>)}</ul></>)}
          <button type="button" className="button button--danger" autoFocus
            onClick={() => { setConfirming(undefined); onEdit(deleteStep(bundle, path), neighbour); }}>{t('deleteAnyway')}</button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(undefined)}>{t('cancel')}</button>
        </div>
      )}
    </div>
  );
}
