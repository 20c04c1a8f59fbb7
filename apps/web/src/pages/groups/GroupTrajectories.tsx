import { type FormEvent, useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import type { GroupView } from '../../api/groups';
import { useLang } from '../../i18n/lang';
import { useStartGroupTrajectory } from '../../queries/groups';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/location';
import { to } from '../../routes/paths';
import { groupText } from './texts';

type StartType = GroupView['startTypes'][number];

/**
 * The trajectories of the group itself (types with `"subject": "group"`): where each stands, and for the group's
 * leads a start per group type, with its label when the type asks for one. A start opens the new trajectory.
 */
export function GroupTrajectories({ group }: { group: GroupView }) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  if (group.trajectories.length === 0 && (group.startTypes.length === 0 || !group.canManage)) return null;
  return (
    <section className="group__own" aria-labelledby="group-own">
      <h2 id="group-own">{t('ownTrajectories')}</h2>
      <p className="group__muted">{t('ownTrajectoriesIntro')}</p>
      {group.trajectories.length === 0 ? <p>{t('noOwnTrajectories')}</p> : (
        <ul className="group__own-list">
          {group.trajectories.map((tr) => (
            <li key={tr.id}>
              <Link to={to.trajectory(tr.id)}>{textIn(tr.type.title, lang)}{tr.label ? ` (${tr.label})` : ''}</Link>
              {' · '}{tr.status === 'done' ? t('done') : tr.steps.map((s) => textIn(s.title, lang)).join(', ')}
            </li>
          ))}
        </ul>
      )}
      {group.canManage && group.startTypes.map((type) => <StartOwn key={type.id} groupId={group.id} type={type} />)}
    </section>
  );
}

function StartOwn({ groupId, type }: { groupId: string; type: StartType }) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  const [label, setLabel] = useState('');
  const start = useStartGroupTrajectory();
  const id = `group-start-${type.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate({ typeId: type.id, groupId, ...(label.trim() ? { label: label.trim() } : {}) }, { onSuccess: (created) => navigate(to.trajectory(created.id)) });
  };
  const error = start.error;
  const problem = !error ? undefined : error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error);
  return (
    <form className="group__start-own" onSubmit={submit} noValidate>
      {type.label && (
        <label htmlFor={`${id}-label`}>
          {t('startLabel', { label: textIn(type.label.title, lang), type: textIn(type.title, lang) })}
          <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} required={type.label.required} maxLength={80} />
        </label>
      )}
      <button type="submit" className="button" disabled={start.isPending}>{t('startOwn', { type: textIn(type.title, lang) })}</button>
      {problem && <p className="groups__problem" role="alert">{t('startFailed', { reason: problem })}</p>}
    </form>
  );
}
