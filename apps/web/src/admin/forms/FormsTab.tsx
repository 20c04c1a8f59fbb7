import { useEffect, useMemo, useRef, useState } from 'react';
import type { JsonObject } from '@koers/engine';
import type { EditorProps } from '../model/bundle';
import { findItem, itemOfField, layoutOf } from '../model/form-layout';
import { problemsOfForm } from '../model/form-problems';
import { FieldOutline } from './FieldOutline';
import { FieldPanel } from './FieldPanel';
import { FormPicker } from './FormPicker';
import { FormSettings } from './FormSettings';
import { LayoutPanel } from './LayoutPanel';
import { PreviewPane } from './PreviewPane';
import { t } from './messages';
import './forms.css';

/**
 * The form builder: the type's forms, and for the chosen one its fields in the order participants see them,
 * the chosen field's properties, and a live preview rendered by the participants' own runner.
 */
export default function FormsTab({ bundle, onChange, selection, onSelect, problems, lang }: EditorProps) {
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [layoutId, setLayoutId] = useState<string | undefined>(undefined);
  const formId = selection.kind === 'form' ? selection.formId : chosenId;
  const found = bundle.forms.findIndex((f) => f.id === formId);
  const index = found >= 0 ? found : bundle.forms.length > 0 ? 0 : -1;
  const form = index >= 0 ? bundle.forms[index] : undefined;
  const id = typeof form?.id === 'string' ? form.id : '';
  const field = selection.kind === 'form' && selection.formId === id ? selection.field : undefined;
  const outline = useMemo(() => (form ? layoutOf(form) : undefined), [form]);
  const formProblems = useMemo(() => problemsOfForm(problems, index), [problems, index]);

  const choose = (next: string) => {
    setChosenId(next);
    setLayoutId(undefined);
    onSelect({ kind: 'form', formId: next });
  };
  const update = (next: JsonObject) => {
    const forms = [...bundle.forms];
    forms[index] = next;
    onChange({ ...bundle, forms });
  };
  const selectField = (pointer: string | undefined) => {
    setLayoutId(undefined);
    onSelect(pointer === undefined ? { kind: 'form', formId: id } : { kind: 'form', formId: id, field: pointer });
  };
  const selectLayout = (itemId: string) => {
    onSelect({ kind: 'form', formId: id });
    setLayoutId(itemId);
  };

  // Stacked on a narrow screen the panel lies below the whole list: bring it into view when something is picked.
  const panel = useRef<HTMLElement>(null);
  const picked = `${field ?? ''}|${layoutId ?? ''}`;
  const lastPicked = useRef(picked);
  useEffect(() => {
    if (lastPicked.current === picked) return;
    lastPicked.current = picked;
    const box = panel.current?.getBoundingClientRect();
    if (box && (box.top > window.innerHeight || box.bottom < 0)) panel.current?.scrollIntoView({ block: 'start' });
  }, [picked]);

  const layoutItem = outline && layoutId ? findItem(outline, layoutId) : undefined;
  const fieldItem = outline && field !== undefined ? itemOfField(outline, field) : undefined;

  return (
    <div className="fb">
      <FormPicker bundle={bundle} onChange={onChange} index={index} onChoose={choose} lang={lang} />
      {!form || !outline ? <p className="fb__empty">{t(lang, 'noForms')}</p> : (
        <div className="fb__cols">
          <section className="fb__col fb__outline" aria-label={t(lang, 'fields')}>
            <FieldOutline form={form} outline={outline} onChange={update} selected={layoutItem?.id ?? fieldItem?.id}
              selectedField={field} onSelectField={selectField} onSelectLayout={selectLayout} problems={formProblems} lang={lang} />
          </section>
          <section className="fb__col fb__panel" ref={panel} aria-label={t(lang, 'formSettings')}>
            {layoutItem ? (
              <LayoutPanel key={layoutItem.id} form={form} item={layoutItem} outline={outline} onChange={update}
                onDone={() => setLayoutId(undefined)} lang={lang} />
            ) : field !== undefined ? (
              <FieldPanel key={field} form={form} pointer={field} item={fieldItem} outline={outline} onChange={update}
                onDeleted={() => selectField(undefined)} onRenamed={selectField} problems={formProblems} lang={lang} />
            ) : (
              <FormSettings bundle={bundle} index={index} form={form} onChange={update} onBundleChange={onChange} onDelete={() => {
                onChange({ ...bundle, forms: bundle.forms.filter((_, i) => i !== index) });
                setChosenId(undefined);
                onSelect({ kind: 'type' });
              }} problems={formProblems} lang={lang} />
            )}
          </section>
          <section className="fb__col fb__preview" aria-label={t(lang, 'preview')}>
            <PreviewPane form={form} onChange={update} problems={formProblems} lang={lang} />
          </section>
        </div>
      )}
    </div>
  );
}
