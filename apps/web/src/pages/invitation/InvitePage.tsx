import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useLang } from '../../i18n/lang';
import { appMsg } from '../../i18n/messages';
import { invitationOptionsQuery, useCreateInvitation } from '../../queries/invitations';
import { trajectoryListQuery } from '../../queries/trajectories';
import { textIn } from '@koers/engine';
import { UnsavedChanges } from '../../routes/UnsavedChanges';
import { useSession } from '../../session/session';
import { RequireSignIn } from '../trajectories/RequireSignIn';
import { useDocumentTitle } from '../useDocumentTitle';
import type { CreatedInvitation } from './api';
import { Field, useServerForm } from './Field';
import { InviteResult } from './InviteResult';
import { useRoleLabel } from './roleLabel';
import './invitation.css';

const FIELDS = ['/email', '/name', '/organisationId', '/role', '/trajectoryId'] as const;
const words = (key: Parameters<typeof appMsg>[0]) => ({ nl: appMsg(key, 'nl'), en: appMsg(key, 'en') });
/** The validator's words for these fields (a regex, "email") made plain. */
const PLAINER = {
  '/email': { keywords: ['format', 'required'], message: words('inviteEmailInvalid') },
  '/organisationId': { keywords: ['format', 'required'], message: words('chooseOrganisation') },
  '/role': { keywords: ['pattern', 'required'], message: words('chooseRole') },
};

/** `#/uitnodigen`: administrators and a school's leadership make an invitation link for a colleague. */
export default function InvitePage() {
  return <RequireSignIn><Invite /></RequireSignIn>;
}

function Invite() {
  const { appText } = useLang();
  const { me } = useSession();
  useDocumentTitle(appText('invitePageTitle'));
  const [created, setCreated] = useState<CreatedInvitation & { organisationName: string } | undefined>();
  if (!me?.can.invite) {
    return (
      <div className="page page--narrow">
        <h1>{appText('invitePageTitle')}</h1>
        <p role="alert" className="trajectory__problem">{appText('mayNotInvite')}</p>
      </div>
    );
  }
  return (
    <div className="page page--narrow invitation">
      <h1>{appText('invitePageTitle')}</h1>
      <p className="lead">{appText('invitePageIntro')}</p>
      {created ? <InviteResult created={created} onAgain={() => setCreated(undefined)} /> : <InviteForm onCreated={setCreated} />}
    </div>
  );
}

function InviteForm({ onCreated }: { onCreated: (created: CreatedInvitation & { organisationName: string }) => void }) {
  const { appText, lang } = useLang();
  const roleLabel = useRoleLabel();
  const { form, general, text, send } = useServerForm(FIELDS, PLAINER);
  const create = useCreateInvitation();
  // The server, which owns the rules, says where this person may invite and which roles they may grant there.
  const options = useQuery(invitationOptionsQuery);
  const organisations = options.data;
  const loadProblem = organisations ? undefined : options.error?.message;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [chosen, setOrganisationId] = useState('');
  // Where there is one place to invite to, it is chosen already.
  const organisationId = chosen || (organisations?.length === 1 ? organisations[0]!.organisationId : '');
  const [role, setRole] = useState('');
  // Optionally for one trajectory of that school or bestuur only: the invitee then sees that trajectory alone.
  const [trajectoryId, setTrajectoryId] = useState('');
  const trajectories = useQuery({ ...trajectoryListQuery(organisationId), enabled: organisationId !== '' });

  const organisation = organisations?.find((o) => o.organisationId === organisationId);
  const roles = useMemo(() => organisation?.roles ?? [], [organisation]);
  useEffect(() => {
    if (role !== '' && !roles.includes(role)) setRole('');
  }, [roles, role]);
  useEffect(() => setTrajectoryId(''), [organisationId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(async () => {
      const answer = await create.mutateAsync({ email: email.trim(), role, organisationId, ...(trajectoryId ? { trajectoryId } : {}), ...(name.trim() ? { name: name.trim() } : {}) });
      onCreated({ ...answer, organisationName: organisation?.name ?? '' });
    });
  };

  if (loadProblem) return <p role="alert" className="trajectory__problem">{appText('inviteLoadFailed', { reason: loadProblem })}</p>;
  if (!organisations) return <p className="app-loading">{appText('loading')}</p>;
  const groups = (['school', 'bestuur'] as const).map((kind) => ({ kind, list: organisations.filter((o) => o.kind === kind) })).filter((g) => g.list.length > 0);
  return (
    <form ref={form} className="invite-form" onSubmit={submit} noValidate>
      <UnsavedChanges when={(email.trim() !== '' || name.trim() !== '') && !create.isPending && !create.isSuccess} />
      {general && <p className="invite-form__problem" role="alert">{general[lang] || general.nl}</p>}
      <Field id="invite-email" label={appText('inviteEmail')} error={text('/email')}>
        {(aria) => <input {...aria} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field id="invite-name" label={appText('inviteName')} hint={appText('inviteNameHint')} error={text('/name')}>
        {(aria) => <input {...aria} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id="invite-organisation" label={appText('invitationOrganisation')} error={text('/organisationId')}>
        {(aria) => (
          <select {...aria} required value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
            <option value="">{appText('chooseOrganisation')}</option>
            {groups.map((g) => (
              <optgroup key={g.kind} label={g.kind === 'school' ? appText('schoolsGroup') : appText('besturenGroup')}>
                {g.list.map((o) => <option key={o.organisationId} value={o.organisationId}>{o.name}</option>)}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field id="invite-role" label={appText('invitationRole')} hint={organisation ? undefined : appText('chooseOrganisationFirst')} error={text('/role')}>
        {(aria) => (
          <select {...aria} required value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{appText('chooseRole')}</option>
            {roles.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
          </select>
        )}
      </Field>
      {(trajectories.data?.length ?? 0) > 0 && (
        <Field id="invite-trajectory" label={appText('forOneTrajectory')} hint={appText('forOneTrajectoryHint')} error={text('/trajectoryId')}>
          {(aria) => (
            <select {...aria} value={trajectoryId} onChange={(e) => setTrajectoryId(e.target.value)}>
              <option value="">{appText('wholeOrganisation')}</option>
              {trajectories.data!.filter((t) => t.status === 'active').map((t) => (
                <option key={t.id} value={t.id}>{textIn(t.type.title, lang)}{t.label ? ` · ${t.label}` : ''}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      <button type="submit" className="button" disabled={create.isPending}>{create.isPending ? appText('creatingInvitation') : appText('createInvitation')}</button>
    </form>
  );
}
