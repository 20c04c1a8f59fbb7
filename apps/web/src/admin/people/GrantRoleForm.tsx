import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Localized, textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { Field, useServerForm } from '../../pages/invitation/Field';
import { roleTitles, useRoleLabel } from '../../pages/invitation/roleLabel';
import { typesQuery } from '../../queries/overview';
import { type Organisation, useGrantRole } from './api';
import { EmailField, RoleField } from './fields';
import type { TrajectoryChoice } from './Members';
import { PEOPLE_TEXT as T, PLAIN_PERSON } from './text';

const FIELDS = ['/email', '/role', '/trajectoryId'] as const;

/**
 * Gives someone with an account a role here: any role a published type declares (named as the type names it),
 * for the whole school or bestuur or, at a school, for one of its trajectories.
 */
export function GrantRoleForm({ organisation, trajectories }: { organisation: Organisation; trajectories: readonly TrajectoryChoice[] }) {
  const { lang } = useLang();
  const roleLabel = useRoleLabel();
  const types = useQuery(typesQuery).data ?? [];
  const roles = Object.keys(roleTitles(types)).sort((a, b) => roleLabel(a).localeCompare(roleLabel(b), lang));
  const grant = useGrantRole();
  const { form, general, text, send } = useServerForm(FIELDS, PLAIN_PERSON);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [trajectoryId, setTrajectoryId] = useState('');
  const [done, setDone] = useState<Localized | undefined>();
  const id = `grant-${organisation.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    void send(async () => {
      const { memberships } = await grant.mutateAsync({ email: email.trim(), organisationId: organisation.id, role, ...(trajectoryId ? { trajectoryId } : {}) });
      setDone((memberships[0]?.created ? T.granted : T.hadIt)(email.trim(), roleLabel(role)));
      setEmail('');
    });
  };
  return (
    <form ref={form} className="people-form people-form--inline" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{textIn(T.grant, lang)}</h4>
      {general && <p className="invite-form__problem" role="alert">{textIn(general, lang)}</p>}
      <EmailField id={`${id}-email`} hint={textIn(T.emailHint, lang)} value={email} onChange={setEmail} error={text('/email')} />
      <RoleField id={`${id}-role`} roles={roles} value={role} onChange={setRole} error={text('/role')} />
      {organisation.kind === 'school' && trajectories.length > 0 && (
        <Field id={`${id}-trajectory`} label={textIn(T.trajectory, lang)} hint={textIn(T.trajectoryHint, lang)} error={text('/trajectoryId')}>
          {(aria) => (
            <select {...aria} value={trajectoryId} onChange={(e) => setTrajectoryId(e.target.value)}>
              <option value="">{textIn(T.wholeOrganisation, lang)}</option>
              {trajectories.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
            </select>
          )}
        </Field>
      )}
      <div className="people-form__actions">
        <button type="submit" className="button" disabled={grant.isPending}>{textIn(T.grantButton, lang)}</button>
        <span role="status" className="people-form__saved">{done ? textIn(done, lang) : ''}</span>
      </div>
    </form>
  );
}
