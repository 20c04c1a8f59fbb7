import { useQuery } from '@tanstack/react-query';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { useRoleLabel } from '../../pages/invitation/roleLabel';
import { type Organisation, membersQuery, useRevokeRole } from './api';
import { GrantRoleForm } from './GrantRoleForm';
import { InviteMember } from './InviteMember';
import { PEOPLE_TEXT as T } from './text';

/** A trajectory of the school a role can be narrowed to, named for people. */
export interface TrajectoryChoice { id: string; label: string }

/**
 * Who holds which role at a bestuur or school (one line each, a role for one trajectory says so), with a
 * button to revoke it; below it giving a role to someone with an account, and inviting someone new.
 */
export function Members({ organisation, trajectories }: { organisation: Organisation; trajectories: readonly TrajectoryChoice[] }) {
  const { lang } = useLang();
  const roleLabel = useRoleLabel();
  const members = useQuery(membersQuery(organisation.id));
  const revoke = useRevokeRole();
  const trajectoryLabel = (id: string) => trajectories.find((t) => t.id === id)?.label ?? id.slice(0, 8);
  return (
    <section className="people-panel" aria-labelledby={`members-${organisation.id}`}>
      <h3 id={`members-${organisation.id}`}>{textIn(T.people, lang)}</h3>
      {members.error && <p role="alert" className="start__problem">{members.error.message}</p>}
      {members.data?.length === 0 && <p>{textIn(T.nobody, lang)}</p>}
      {members.data && members.data.length > 0 && (
        <ul className="people-members">
          {members.data.map((m) => (
            <li key={m.id} className="people-member">
              <span className="people-member__who"><strong>{m.name}</strong> <span className="people-member__email">{m.email}</span></span>
              <span className="people-member__role">
                {roleLabel(m.role)}
                {m.trajectoryId && <span className="people-member__only"> ({textIn(T.onlyFor(trajectoryLabel(m.trajectoryId)), lang)})</span>}
              </span>
              <button type="button" className="button button--secondary people-member__revoke" disabled={revoke.isPending}
                aria-label={textIn(T.revoke(roleLabel(m.role), m.name), lang)} onClick={() => revoke.mutate(m.id)}>
                {textIn(T.revokeShort, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {revoke.error && <p role="alert" className="start__problem">{revoke.error.message}</p>}
      <div className="people-forms">
        <GrantRoleForm organisation={organisation} trajectories={trajectories} />
        <InviteMember organisation={organisation} />
      </div>
    </section>
  );
}
