import { textIn, type Lang } from '@koers/engine';
import type { FormAccessView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';

/** Role titles as words in a sentence: "directie en leerkracht", "ib'er, directie en leerkracht". */
export function roleWords(roles: FormAccessView['read'], lang: Lang, and: string): string {
  const words = roles.map((r) => {
    const title = textIn(r.title, lang);
    // Dutch role titles read lowercase inside a sentence; English ones keep their capitals.
    return lang === 'nl' ? title.charAt(0).toLowerCase() + title.slice(1) : title;
  });
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

/**
 * Who may read a restricted form, where it appears: "Alleen zichtbaar voor directie en leerkracht.", and per
 * restricted field the fewer roles that read it. Nothing for a form everyone who sees the trajectory reads.
 */
export function ReadersNote({ access, fields = true }: {
  access: FormAccessView | undefined;
  /** false: only the form's readers (for someone who may not read the form at all). */
  fields?: boolean;
}) {
  const { appText, lang } = useLang();
  if (!access) return null;
  const and = appText('andWord');
  return (
    <div className="readers-note">
      <p>{appText('onlyVisibleTo', { roles: roleWords(access.read, lang, and) })}</p>
      {fields && access.fields.map((f) => (
        <p key={f.pointer} className="readers-note__field">
          {appText('fieldOnlyVisibleTo', { field: textIn(f.title, lang), roles: roleWords(f.read, lang, and) })}
        </p>
      ))}
    </div>
  );
}
