import { useId, useState } from 'react';
import type { Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { addDeclaration, roleIdProblem, roleIdOf } from '../model/declarations';
import { typeText } from './type-texts';

/**
 * Adding a role starts from what people call it: its name in Dutch (English optional, Dutch when left empty);
 * the technical id follows the name until it is edited by hand, as a new type's id follows its title.
 */
export function NewRole({ bundle, onAdd, lang }: { bundle: Bundle; onAdd: (next: Bundle, id: string) => void; lang: Lang }) {
  const id = useId();
  const [nl, setNl] = useState('');
  const [en, setEn] = useState('');
  const [ownId, setOwnId] = useState<string | undefined>(undefined);
  const roleId = ownId ?? roleIdOf(nl);
  const wrong = roleId === '' ? undefined : roleIdProblem(bundle, roleId);
  const ready = nl.trim() !== '' && roleId !== '' && !wrong;
  const add = () => {
    if (!ready) return;
    onAdd(addDeclaration(bundle, 'roles', roleId, { title: { nl: nl.trim(), en: en.trim() || nl.trim() } }), roleId);
    setNl('');
    setEn('');
    setOwnId(undefined);
  };
  const onEnter = (e: { key: string }) => { if (e.key === 'Enter') add(); };
  return (
    <fieldset className="process-field process-new-role">
      <legend>{typeText('newRole', lang)}</legend>
      <label htmlFor={`${id}-nl`}>{typeText('newRoleNl', lang)}</label>
      <input id={`${id}-nl`} type="text" lang="nl" value={nl} onChange={(e) => setNl(e.target.value)} onKeyDown={onEnter} />
      <label htmlFor={`${id}-en`}>{typeText('newRoleEn', lang)}</label>
      <input id={`${id}-en`} type="text" lang="en" value={en} placeholder={nl} onChange={(e) => setEn(e.target.value)} onKeyDown={onEnter} />
      <label htmlFor={`${id}-id`}>{typeText('newRoleId', lang)}</label>
      <input id={`${id}-id`} type="text" value={roleId} spellCheck={false} aria-invalid={wrong ? true : undefined} aria-describedby={`${id}-why`}
        onChange={(e) => setOwnId(e.target.value)} onKeyDown={onEnter} />
      <p id={`${id}-why`} className={wrong ? 'process-error' : 'process-muted'} aria-live="polite">{wrong ? wrong[lang] : typeText('newRoleIdHelp', lang)}</p>
      <button type="button" className="button button--secondary" onClick={add} disabled={!ready}>{typeText('addRole', lang)}</button>
    </fieldset>
  );
}
