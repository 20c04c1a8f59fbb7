import { useMutation, useQueryClient } from '@tanstack/react-query';
import { textIn, type Lang } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { createDraft, exportHref, type AdminTypeRow } from '../../api/type-drafts';
import { adminTypeKeys } from '../../queries/type-drafts';
import { navigate } from '../../routes/location';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { say, timeOfDay } from '../editor/texts';
import { TYPES_TEXT } from './texts';
import { VersionTable } from './VersionTable';
import { formatDate } from '../../i18n/format';

const dateOf = (iso: string, lang: Lang) => formatDate(iso, lang);
const isToday = (iso: string) => new Date(iso).toDateString() === new Date().toDateString();

/** One type: its draft (with open/continue) and its published versions (with export). */
export function TypeSection({ type, lang }: { type: AdminTypeRow; lang: Lang }) {
  const queryClient = useQueryClient();
  const title = textIn(type.title, lang);
  const start = useMutation({
    mutationFn: () => createDraft({ typeId: type.id, from: { typeId: type.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminTypeKeys.list });
      navigate(to.adminType(type.id));
    },
  });
  const draft = type.draft;
  const newest = type.versions.at(-1);
  const who = draft?.updatedBy?.name ?? TYPES_TEXT.nobody[lang];
  return (
    <section className="admin-type" aria-labelledby={`type-${type.id}`}>
      <div className="admin-type__head">
        <div>
          <h2 id={`type-${type.id}`}>{title}</h2>
          <p className="admin-type__id"><code>{type.id}</code></p>
        </div>
        <div className="admin-type__actions">
          {draft
            ? <Link to={to.adminType(type.id)} className="button button--small">{TYPES_TEXT.continueDraft[lang]}</Link>
            : <button type="button" className="button button--small" disabled={start.isPending} onClick={() => start.mutate()}>{TYPES_TEXT.startDraft[lang]}</button>}
          {newest && <a className="button button--secondary button--small" href={exportHref(type.id, newest.version)} download>{TYPES_TEXT.exportNewest[lang]}</a>}
        </div>
      </div>
      <p className={`admin-type__draft${draft ? ' admin-type__draft--open' : ''}`}>
        {draft
          ? <>
              {isToday(draft.updatedAt)
                ? say(TYPES_TEXT, 'draft', lang, { name: who, time: timeOfDay(draft.updatedAt, lang) })
                : say(TYPES_TEXT, 'draftOn', lang, { name: who, date: dateOf(draft.updatedAt, lang), time: timeOfDay(draft.updatedAt, lang) })}
              {' · '}{draft.basedOn ? say(TYPES_TEXT, 'draftBase', lang, { n: draft.basedOn }) : TYPES_TEXT.draftNew[lang]}
            </>
          : TYPES_TEXT.noDraft[lang]}
      </p>
      {start.error && <p role="alert" className="modal__error">{start.error instanceof ApiFailure ? textIn(start.error.error.message, lang) : String(start.error)}</p>}
      <VersionTable type={type} title={title} lang={lang} dateOf={dateOf} />
    </section>
  );
}
