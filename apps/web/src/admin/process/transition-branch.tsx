import { useEffect, useRef } from 'react';
import { textIn, type JsonObject, type JsonValue, type Localized, type Problem } from '@koers/engine';
import { resolveTarget, stepOptions, writeTarget } from '../model/transition-targets';
import { setIn } from '../model/edit';
import { withKey } from '../model/transitions';
import { ActionList } from './action-list';
import { GuardEditor } from './guard-editor';
import { WarningsEditor } from './warnings-editor';
import type { StepEditing } from './transition-context';
import { LocalizedFields, ProblemList, SelectField } from './transition-fields';
import { tt } from './transition-text';

/** The steps to pick as a target, indented by depth, each by its title (and key, so equal titles differ). */
function targetOptions(ctx: StepEditing) {
  return stepOptions(ctx.bundle.definition).map((step) => ({
    value: step.key,
    label: `${'— '.repeat(step.depth)}${step.title ? textIn(step.title as Localized, ctx.lang) : step.path.at(-1)} (${step.path.at(-1)})`,
  }));
}

/**
 * One branch of an event, an automatic choice or `onDone`: where it goes, under which condition, with which
 * actions. Focusing it selects it (the diagram highlights it); being selected scrolls it into view.
 */
export function BranchEditor({ ctx, config, index, count, title, level, eventForm, selected, problems, problemBase, onChange, onMove, onRemove, onFocus }: {
  ctx: StepEditing;
  config: JsonObject;
  index: number;
  count: number;
  title: string;
  /** The level of its heading: 4 directly under a section, 5 under an event. */
  level: 4 | 5;
  eventForm: string | undefined;
  selected: boolean;
  problems: readonly Problem[];
  /** The pointer of this branch: problems below it say which part they are about. */
  problemBase: string;
  onChange: (next: JsonObject) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onFocus: () => void;
}) {
  const { bundle, path, lang } = ctx;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Selected from elsewhere (the diagram, a problem): bring it into view. Selected by working in it: stay put.
    if (selected && !ref.current?.contains(document.activeElement)) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const target = config.target;
  const resolved = typeof target === 'string' ? resolveTarget(bundle.definition, path, target) : undefined;
  const set = (key: string, value: JsonValue | undefined) => onChange(withKey(config, key, value));
  const meta = config.meta !== null && typeof config.meta === 'object' && !Array.isArray(config.meta) ? config.meta : undefined;
  const setLabel = (label: JsonObject) => {
    const empty = label.nl === '' && label.en === '';
    const next = setIn(meta ?? {}, ['label'], empty ? undefined : label);
    set('meta', Object.keys(next).length === 0 ? undefined : next);
  };

  return (
    <article ref={ref} className={`tr-branch${selected ? ' tr-branch--selected' : ''}`} aria-label={title} aria-current={selected ? 'true' : undefined} onFocus={onFocus}>
      <div className="tr-branch__head">
        {level === 4 ? <h4>{title}</h4> : <h5>{title}</h5>}
        <span className="tr-buttons">
          <button type="button" className="tr-icon-button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`${title}: ${tt('moveUp', lang)}`} title={tt('moveUp', lang)}>↑</button>
          <button type="button" className="tr-icon-button" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`${title}: ${tt('moveDown', lang)}`} title={tt('moveDown', lang)}>↓</button>
          <button type="button" className="tr-icon-button" onClick={onRemove} aria-label={`${title}: ${tt('removeBranch', lang)}`} title={tt('removeBranch', lang)}>×</button>
        </span>
      </div>
      <ProblemList problems={problems} lang={lang} base={problemBase} />
      {Array.isArray(target) ? (
        <p className="tr-help">{`${tt('target', lang)}: ${target.join(', ')} — ${tt('multiTarget', lang)}`}</p>
      ) : (
        <SelectField
          label={tt('target', lang)}
          value={resolved ?? (typeof target === 'string' ? target : '')}
          empty={tt('noTarget', lang)}
          options={targetOptions(ctx)}
          onChange={(key) => set('target', key === '' ? undefined : writeTarget(bundle.definition, path, key.split('.')))}
        />
      )}
      {typeof target === 'string' && resolved === undefined && <p className="tr-error">{`${target}: ${tt('unknownTarget', lang)}`}</p>}
      <details className="tr-more" open={meta?.label !== undefined ? true : undefined}>
        <summary>{tt('branchLabel', lang)}</summary>
        <LocalizedFields value={meta?.label} labels={{ nl: tt('branchLabelNl', lang), en: tt('branchLabelEn', lang) }} onChange={setLabel} />
      </details>
      <GuardEditor ctx={ctx} guard={config.guard} eventForm={eventForm} onChange={(guard) => set('guard', guard)} />
      <WarningsEditor ctx={ctx} warnings={config.warnings} eventForm={eventForm} name={title} onChange={(warnings) => set('warnings', warnings)} />
      <ActionList ctx={ctx} actions={config.actions} eventForm={eventForm} name={`${tt('actions', lang)}: ${title}`} level={level === 4 ? 5 : 6} onChange={(actions) => set('actions', actions)} />
    </article>
  );
}
