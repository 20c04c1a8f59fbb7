import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { createDraft } from '../../api/type-drafts';
import { useLang } from '../../i18n/lang';
import { useDocumentTitle } from '../../pages/useDocumentTitle';
import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { adminTypeKeys, draftQuery } from '../../queries/type-drafts';
import { DraftEditor } from './DraftEditor';
import { HEADER_TEXT } from './header-text';
import { EDITOR_TEXT, say } from './texts';
import './editor.css';

/**
 * `#/beheer/soorten/:typeId`: the draft of a type in the editor. Without a draft: an offer to make one from the
 * newest published version (the overview does the same with one click).
 */
export default function EditorPage() {
  const { typeId } = usePageParams('/beheer/soorten/:typeId');
  const { lang } = useLang();
  useDocumentTitle(say(HEADER_TEXT, 'draftOf', lang, { id: typeId }));
  const queryClient = useQueryClient();
  const draft = useQuery(draftQuery(typeId));
  const start = useMutation({
    mutationFn: () => createDraft({ typeId, from: { typeId } }),
    onSuccess: (created) => {
      queryClient.setQueryData(adminTypeKeys.draft(typeId), created);
      void queryClient.invalidateQueries({ queryKey: adminTypeKeys.list });
    },
  });
  if (draft.data) return <DraftEditor key={`${typeId}:${draft.dataUpdatedAt}`} typeId={typeId} draft={draft.data} lang={lang} />;
  if (draft.isPending) return <p className="app-loading">{lang === 'nl' ? 'Laden…' : 'Loading…'}</p>;
  const missing = draft.error instanceof ApiFailure && draft.error.status === 404;
  const failure = start.error instanceof ApiFailure ? textIn(start.error.error.message, lang) : start.error ? String(start.error) : undefined;
  return (
    <div className="page page--narrow">
      <h1>{say(HEADER_TEXT, 'draftOf', lang, { id: typeId })}</h1>
      <p role={missing ? undefined : 'alert'}>
        {missing ? EDITOR_TEXT.noDraft[lang] : `${EDITOR_TEXT.loadFailed[lang]} ${draft.error instanceof ApiFailure ? textIn(draft.error.error.message, lang) : ''}`}
      </p>
      {failure && <p role="alert">{failure}</p>}
      <p className="home__links">
        {missing && <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate()}>{EDITOR_TEXT.startDraft[lang]}</button>}{' '}
        <Link to={to.adminTypes} className="button button--secondary">{EDITOR_TEXT.toOverview[lang]}</Link>
      </p>
    </div>
  );
}
