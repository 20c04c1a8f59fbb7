import { type Lang, heldAtOf } from '@koers/engine';
import { subjectText } from '../process/subject-texts';
import type { SimCommand, Simulation } from '../model/simulate';
import { roleTitle } from '../model/simulate-paths';
import { simText } from './texts';

/**
 * "Doen als": the type's roles as checkboxes; the engine allows an event when any chosen role may send it,
 * as it does for a person who holds several roles.
 */
export function RolePicker({ sim, dispatch, lang }: { sim: Simulation; dispatch: (c: SimCommand) => void; lang: Lang }) {
  const roles = Object.keys(sim.compiled.definition.roles ?? {});
  const chosen = new Set(sim.roles);
  const toggle = (role: string, on: boolean) => {
    // Keep the type's order, so the history reads the same whatever order they were ticked in.
    dispatch({ type: 'roles', roles: roles.filter((r) => (r === role ? on : chosen.has(r))) });
  };
  return (
    <fieldset className="sim-roles">
      <legend>{simText('actAs', lang)}</legend>
      <p className="sim-roles__help">{simText('actAsHelp', lang)}</p>
      <div className="sim-roles__list">
        {roles.map((role) => (
          <label key={role} className="sim-roles__role">
            <input type="checkbox" checked={chosen.has(role)} onChange={(e) => toggle(role, e.target.checked)} />
            <span>{roleTitle(sim.compiled, role, lang)}</span>
            {/* Where a person holds it: a role held at the bestuur acts here as the bestuur's. */}
            <small className="sim-roles__held">{heldAtOf(sim.compiled.definition, role).map((l) => subjectText[l === 'bestuur' ? 'heldBestuur' : l === 'school' ? 'heldSchool' : 'heldTrajectory'][lang].replace(/ \(.*\)$/, '')).join(', ')}</small>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
