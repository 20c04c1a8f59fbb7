import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { Field } from '../../pages/invitation/Field';
import { useRoleLabel } from '../../pages/invitation/roleLabel';
import { PEOPLE_TEXT as T } from './text';

/** The e-mail address of the person a role is for (to give it or to invite them). */
export function EmailField({ id, value, onChange, error, hint }: { id: string; value: string; onChange: (value: string) => void; error?: string; hint?: string }) {
  const { lang } = useLang();
  return (
    <Field id={id} label={textIn(T.email, lang)} hint={hint} error={error}>
      {(aria) => <input {...aria} type="email" autoComplete="off" required value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A role to pick from `roles`, each named as the published types name it. */
export function RoleField({ id, roles, value, onChange, error }: { id: string; roles: readonly string[]; value: string; onChange: (value: string) => void; error?: string }) {
  const { lang } = useLang();
  const roleLabel = useRoleLabel();
  return (
    <Field id={id} label={textIn(T.role, lang)} error={error}>
      {(aria) => (
        <select {...aria} required value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{textIn(T.chooseRole, lang)}</option>
          {roles.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
        </select>
      )}
    </Field>
  );
}
