import { useEffect, useRef } from 'react';
import { textIn, type JsonObject, type Localized } from '@koers/engine';
import type { EditorProps, StatePath } from '../model/bundle';
import { stateAt } from '../model/edit';
import { kindOf, renameProblem, renameStep } from '../model/states';
import { readStepField, readStepList, readStepText, toggleInStepList, writeStepField, writeStepText, type StepList, type StepText } from '../model/step-fields';
import { DurationPicker } from './DurationPicker';
import { Checklist, KeyField, LocalizedField, TagsField } from './fields';
import { problemStep } from './step-rows';
import { processText } from './texts';
import { StepStructure } from './StepStructure';
import { TimeSection } from './TimeSection';
import { TransitionsEditor } from './TransitionsEditor';
import { CarrySection } from './CarrySection';

/** The panel of one step: its key, texts, forms, roles, duration, structure and transitions. */
export function StepPanel(props: EditorProps & { path: StatePath }) {
  const { bundle, onChange, onSelect, path, lang, problems, selection } = props;
  const transitions = useRef<HTMLElement>(null);
  // A transition chosen elsewhere (a problem in another tab, the JSON) opens the panel at the transitions. Chosen by
  // working in one (the focus is already there), the page stays put: a jump at mousedown would send the click elsewhere.
  const onTransition = selection.kind === 'transition';
  useEffect(() => {
    if (onTransition && !transitions.current?.contains(document.activeElement)) transitions.current?.scrollIntoView({ block: 'nearest' });
  }, [onTransition]);
  const state = stateAt(bundle, path);
  if (!state) return <p className="process-muted">{processText('noStep', lang)}</p>;
  const kind = kindOf(state);
  const t = (key: Parameters<typeof processText>[0]) => processText(key, lang);
  const text = (field: StepText) => ({ nl: readStepText(bundle, path, field, 'nl'), en: readStepText(bundle, path, field, 'en') });
  const editText = (field: StepText) => (l: 'nl' | 'en', value: string) => onChange(writeStepText(bundle, path, field, l, value));
  const list = (field: StepList) => ({ chosen: readStepList(bundle, path, field), onToggle: (id: string, on: boolean) => onChange(toggleInStepList(bundle, path, field, id, on)) });
  const forms = bundle.forms.map((f) => ({ id: String(f.id), title: textIn(f.title as Localized | undefined, lang) || String(f.id) }));
  const roles = Object.entries((bundle.definition.roles ?? {}) as JsonObject).map(([id, r]) => ({ id, title: textIn((r as { title?: Localized }).title, lang) || id }));
  const duration = readStepField(bundle, path, 'expectedDuration');
  const description = readStepField(bundle, path, 'description');
  const tags = readStepField(bundle, path, 'tags');
  // The same problems as the step's badge in the tree: those whose pointer ends in this step.
  const mine = problems.filter((p) => problemStep(p)?.join('.') === path.join('.'));
  const titleNow = readStepText(bundle, path, 'title', lang) || path.at(-1)!;

  return (
    <section className="process-panel" aria-labelledby="process-step-heading">
      <h2 id="process-step-heading">{titleNow}</h2>
      {mine.length > 0 && (
        <div className="process-problems" role="status">
          <h3>{t('stepProblems')}</h3>
          <ul>{mine.map((p, i) => <li key={i}><code>{p.code}</code> {p.message[lang]}</li>)}</ul>
        </div>
      )}
      <LocalizedField label={t('title')} value={text('title')} onChange={editText('title')} />
      <KeyField label={t('key')} help={t('keyHelp')} value={path.at(-1)!} button={t('rename')} lang={lang}
        problem={(key) => renameProblem(bundle, path, key)}
        onApply={(key) => { onChange(renameStep(bundle, path, key)); onSelect({ kind: 'step', path: [...path.slice(0, -1), key] }); }} />
      <StepStructure {...props} state={state} kind={kind} />
      {kind !== 'history' && (
        <>
          <LocalizedField label={t('instructions')} value={text('instructions')} onChange={editText('instructions')} multiline />
          <Checklist label={t('forms')} options={forms} {...list('forms')} empty={t('noForms')} />
          <Checklist label={t('reference')} options={forms} {...list('reference')} empty={t('noForms')} />
          <Checklist label={t('roles')} options={roles} {...list('roles')} empty={t('noRoles')} />
          {kind !== 'final' && <DurationPicker value={typeof duration === 'string' ? duration : undefined} lang={lang}
            onChange={(iso) => onChange(writeStepField(bundle, path, 'expectedDuration', iso))} />}
          {kind !== 'final' && <CarrySection {...props} path={path} />}
        </>
      )}
      <div className="process-field">
        <label htmlFor="process-step-description">{t('stepDescription')}</label>
        <textarea id="process-step-description" rows={2} value={typeof description === 'string' ? description : ''}
          onChange={(e) => onChange(writeStepField(bundle, path, 'description', e.target.value === '' ? undefined : e.target.value))} />
      </div>
      <TagsField label={t('tags')} value={Array.isArray(tags) ? tags.filter((x): x is string => typeof x === 'string') : []}
        onChange={(next) => onChange(writeStepField(bundle, path, 'tags', next.length > 0 ? next : undefined))} />
      {kind !== 'history' && kind !== 'final' && (
        <section ref={transitions} className="process-transitions" aria-label={t('transitions')}>
          <TransitionsEditor {...props} path={path} />
          <TimeSection {...props} path={path} />
        </section>
      )}
    </section>
  );
}
