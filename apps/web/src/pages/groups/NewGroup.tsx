import { useState, type FormEvent } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { useCreateGroup } from '../../queries/groups';
import { navigate } from '../../routes/location';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';
import { groupText } from './texts';

/** "Nieuwe groep": a name in the chosen type and programme year; the new group's page opens. */
export function NewGroup({ typeId, year }: { typeId: string; year: string }) {
  const { lang } = useLang();
  const { me } = useSession();
  const [name, setName] = useState('');
  const create = useCreateGroup();
  // Administrators and procesbegeleiders; the server refuses anyone not holding one of the type's lead roles.
  if (!me?.user.isAdmin && !me?.can.overview) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ typeId, name: name.trim(), programmeYear: year }, { onSuccess: (group) => navigate(to.group(group.id)) });
  };
  const problem = create.error instanceof ApiFailure ? textIn(create.error.error.message, lang) : create.error ? String(create.error) : undefined;
  return (
    <form className="groups__new" onSubmit={submit} aria-labelledby="new-group">
      <h2 id="new-group">{groupText('newGroup', lang)}</h2>
      <label>
        <span>{groupText('name', lang)}</span>
        <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      {problem && <p role="alert" className="groups__problem">{problem}</p>}
      <button type="submit" className="button" disabled={create.isPending || name.trim() === ''}>{groupText('create', lang)}</button>
    </form>
  );
}
