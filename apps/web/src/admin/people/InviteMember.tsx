import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import type { CreatedInvitation } from '../../pages/invitation/api';
import { Field, useServerForm } from '../../pages/invitation/Field';
import { InviteResult } from '../../pages/invitation/InviteResult';
import { invitationOptionsQuery, useCreateInvitation } from '../../queries/invitations';
import type { Organisation } from './api';
import { EmailField, RoleField } from './fields';
import { PEOPLE_TEXT as T, PLAIN_PERSON } from './text';

const FIELDS = ['/email', '/name', '/role'] as const;

/**
 * Invites someone new to this bestuur or school with a role: the invitation flow of #/uitnodigen (the same
 * request, the same link to pass on), with the organisation fixed and the roles the server allows here.
 */
export function InviteMember({ organisation }: { organisation: Organisation }) {
  const { lang } = useLang();
  const roles = useQuery(invitationOptionsQuery).data?.find((o) => o.organisationId === organisation.id)?.roles ?? [];
  const create = useCreateInvitation();
  const { form, general, text, send } = useServerForm(FIELDS, PLAIN_PERSON);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [created, setCreated] = useState<CreatedInvitation | undefined>();
  const id = `invite-${organisation.id}`;

  if (created) {
    return <InviteResult created={{ ...created, organisationName: organisation.name }} onAgain={() => setCreated(undefined)} />;
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(async () => {
      setCreated(await create.mutateAsync({ email: email.trim(), role, organisationId: organisation.id, ...(name.trim() ? { name: name.trim() } : {}) }));
      setEmail('');
      setName('');
    });
  };
  return (
    <form ref={form} className="people-form people-form--inline" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{textIn(T.invite, lang)}</h4>
      {general && <p className="invite-form__problem" role="alert">{textIn(general, lang)}</p>}
      <EmailField id={`${id}-email`} value={email} onChange={setEmail} error={text('/email')} />
      <Field id={`${id}-name`} label={textIn(T.inviteName, lang)} error={text('/name')}>
        {(aria) => <input {...aria} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <RoleField id={`${id}-role`} roles={roles} value={role} onChange={setRole} error={text('/role')} />
      <div className="people-form__actions">
        <button type="submit" className="button" disabled={create.isPending}>{textIn(T.inviteButton, lang)}</button>
      </div>
    </form>
  );
}
