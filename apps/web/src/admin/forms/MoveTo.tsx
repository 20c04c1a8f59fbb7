import { useId } from 'react';
import type { JsonObject, Lang } from '@koers/engine';
import { parentOf, type LayoutItem } from '../model/form-layout';
import { moveInto, moveTargets } from '../model/form-remove';
import { itemName } from './FieldOutline';
import { t } from './messages';

/** The names from the outline's root down to `item` ("Gesprek › Naast elkaar"), so equal names stay apart. */
function trail(form: JsonObject, root: LayoutItem, item: LayoutItem, lang: Lang): string {
  const names: string[] = [];
  for (let at: LayoutItem | undefined = item; at && at.id !== root.id; at = parentOf(root, at.id)) names.unshift(itemName(form, at, lang));
  return names.join(' › ') || t(lang, 'formSettings');
}

/** Moves a field or section into another section, tab or row of the same level (the keyboard's way across containers). */
export function MoveTo({ form, outline, item, onChange, lang }: {
  form: JsonObject; outline: LayoutItem; item: LayoutItem; onChange: (form: JsonObject) => void; lang: Lang;
}) {
  const id = useId();
  const targets = moveTargets(outline, item.id);
  if (targets.length === 0) return null;
  return (
    <div className="fb-field">
      <label htmlFor={id}>{t(lang, 'moveInto')}</label>
      <select id={id} className="fb-input" value="" onChange={(e) => {
        const target = targets.find((c) => c.id === e.target.value);
        if (target?.childrenKeys) onChange(moveInto(form, item.keys, target.childrenKeys));
      }}>
        <option value="">…</option>
        {targets.map((c) => <option key={c.id} value={c.id}>{c.id === outline.id ? t(lang, 'form') : trail(form, outline, c, lang)}</option>)}
      </select>
    </div>
  );
}
