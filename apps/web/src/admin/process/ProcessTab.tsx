import { useCallback, useDeferredValue, useMemo } from 'react';
import type { EditorProps, StatePath } from '../model/bundle';
import { drawableOf } from '../model/lint';
import { placeName } from '../model/place-names';
import { selectionOfProblem } from '../model/places';
import { moveStep } from '../model/states';
import { readStepText } from '../model/step-fields';
import { LiveDiagram } from '../diagram/LiveDiagram';
import { problemsByStep, stepRows } from './step-rows';
import { StepActions } from './StepActions';
import { StepPanel } from './StepPanel';
import { StepTree } from './StepTree';
import { processText } from './texts';
import { TypePanel } from './TypePanel';
import './process.css';

/**
 * The process editor: the step tree (keyboard first) with its actions, the live diagram, and the panel of the
 * selection (a step with its transitions, or the type's declarations). Side by side on a wide screen, stacked
 * on a phone.
 */
export default function ProcessTab(props: EditorProps) {
  const { bundle, onChange, selection, onSelect, problems, lang } = props;
  const rows = useMemo(() => stepRows(bundle, lang), [bundle, lang]);
  const byStep = useMemo(() => problemsByStep(problems), [problems]);
  // The diagram follows a deferred copy of the draft: typing stays immediate, the picture catches up.
  const later = useDeferredValue(bundle);
  // While the draft has problems the diagram draws a sketch of it, so it never goes blank on a half-done edit.
  const drawable = useMemo(() => drawableOf(later), [later]);
  // Not even a sketch: name the problem in the definition that stands in the way, with a way to go there.
  const blocking = drawable ? undefined : problems.find((p) => p.file === 'definition') ?? problems[0];
  const blockedAt = blocking && selectionOfProblem(blocking, bundle);
  const blocker = blocking && blockedAt
    ? { text: `${placeName(blockedAt, bundle, lang)}: ${blocking.message[lang]}`, onShow: () => onSelect(blockedAt) } : undefined;

  const path: StatePath | undefined = selection.kind === 'step' || selection.kind === 'transition' ? selection.path : undefined;
  const treeSelected = path ?? (selection.kind === 'type' ? null : undefined);
  const pathKey = path?.join('.');
  // One array per selected step, so the diagram re-marks only when the selection changes.
  const highlight = useMemo(() => (path ? [path] : []), [pathKey]);
  const selectState = useCallback((p: StatePath) => onSelect({ kind: 'step', path: p }), [onSelect]);
  const edit = (next: typeof bundle, select: StatePath | undefined) => {
    onChange(next);
    onSelect(select ? { kind: 'step', path: select } : { kind: 'type' });
  };
  const title = path ? readStepText(bundle, path, 'title', lang) || path.at(-1)! : '';

  return (
    <div className="process">
      <section className="process__tree" aria-labelledby="process-steps-heading">
        <h2 id="process-steps-heading">{processText('steps', lang)}</h2>
        <p className="process-muted" id="process-steps-help">{processText('stepsHelp', lang)}</p>
        <StepTree rows={rows} selected={treeSelected} problems={byStep} lang={lang}
          onSelect={(p) => onSelect(p ? { kind: 'step', path: p } : { kind: 'type' })}
          onMove={(p, delta) => edit(moveStep(bundle, p, delta), p)} />
        <StepActions bundle={bundle} path={path} title={title} onEdit={edit} lang={lang} />
      </section>
      <section className="process__diagram" aria-labelledby="process-diagram-heading">
        <h2 id="process-diagram-heading">{processText('diagram', lang)}</h2>
        <LiveDiagram compiled={drawable?.compiled} complete={drawable?.complete} blocker={blocker} highlight={highlight} onSelectState={selectState} lang={lang} />
      </section>
      <div className="process__panel">
        {path ? <StepPanel key={path.join('.')} {...props} path={path} /> : <TypePanel {...props} />}
      </div>
    </div>
  );
}
