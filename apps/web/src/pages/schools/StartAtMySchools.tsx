import { useSession } from '../../session/session';
import { StartTrajectory } from './StartTrajectory';

/**
 * "Traject starten bij <school>" for each school where the reader has a school-wide role: the way in for someone
 * whose school runs nothing yet (so no trajectory card leads to the school's page). Each button shows only when
 * the reader may start something there.
 */
export function StartAtMySchools() {
  const { me } = useSession();
  const schools = new Map<string, string>();
  for (const m of me?.memberships ?? []) if (m.organisationKind === 'school' && m.trajectoryId === null) schools.set(m.organisationId, m.organisationName);
  if (schools.size === 0) return null;
  return (
    <div className="start__mine">
      {[...schools].map(([id, name]) => <StartTrajectory key={id} schoolId={id} schoolName={name} named />)}
    </div>
  );
}
