import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { diffBundles, textIn, type Lang } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { getPublishedBundle, problemsOf, publishDraft } from '../../api/type-drafts';
import { adminTypeKeys } from '../../queries/type-drafts';
import type { Bundle, Selection } from '../model/bundle';
import { placeName } from '../model/place-names';
import { selectionOfProblem } from '../model/places';
import { ChangeList } from './ChangeList';
import { Modal } from './Modal';
import { PUBLISH_TEXT } from './publish-text';
import { say } from './texts';

/**
 * Publishing: the changes against the newest published version in words, a required change note, then the
 * server's verdict: the new version, or (422) every problem with its place, a click away.
 */
export function PublishDialog({ typeId, bundle, lang, revision, flush, onClose, onSelect, onPublished }: {
  typeId: string; bundle: Bundle; lang: Lang; revision: { current: number }; flush: () => Promise<boolean>;
  onClose: () => void; onSelect: (selection: Selection) => void; onPublished: (version: number) => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const previous = useQuery({ queryKey: ['admin-types', 'published', typeId], queryFn: async () => (await getPublishedBundle(typeId)) ?? null, staleTime: 0 });
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const publish = useMutation({
    mutationFn: async () => {
      // The server publishes what it has: the latest change is stored first.
      if (!(await flush())) throw new Error(PUBLISH_TEXT.savingFirst[lang]);
      return publishDraft(typeId, { revision: revision.current, note: note.trim() });
    },
    onSuccess: async (published) => {
      // Not the draft itself: it is gone, and the page shows what was published instead.
      await queryClient.invalidateQueries({ queryKey: adminTypeKeys.list });
      await queryClient.invalidateQueries({ queryKey: ['types'] });
      onPublished(published.version);
    },
  });
  const noteMissing = note.trim() === '';
  const problems = problemsOf(publish.error);
  const failure = publish.error instanceof ApiFailure ? textIn(publish.error.error.message, lang) : publish.error?.message;
  const before = previous.data;
  const changes = previous.isSuccess ? diffBundles(before ?? undefined, bundle) : undefined;
  const version = (before?.definition.version as number | undefined) ?? 0;
  return (
    <Modal title={PUBLISH_TEXT.title[lang]} onClose={onClose} wide>
      <p>{before ? say(PUBLISH_TEXT, 'intro', lang, { n: version }) : previous.isSuccess ? PUBLISH_TEXT.introNew[lang] : PUBLISH_TEXT.loadingDiff[lang]}</p>
      {changes && (changes.length === 0 ? <p>{PUBLISH_TEXT.noChanges[lang]}</p> : <ChangeList changes={changes} lang={lang} />)}
      <form noValidate onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!noteMissing) publish.mutate();
      }}>
        <label htmlFor={`${id}-note`} className="modal__label">{PUBLISH_TEXT.note[lang]}</label>
        <p id={`${id}-help`} className="modal__help">{PUBLISH_TEXT.noteHelp[lang]}</p>
        <textarea id={`${id}-note`} rows={3} maxLength={500} required value={note} onChange={(e) => setNote(e.target.value)}
          aria-invalid={tried && noteMissing} aria-describedby={`${id}-help${tried && noteMissing ? ` ${id}-missing` : ''}`} />
        {tried && noteMissing && <p id={`${id}-missing`} className="modal__error">{PUBLISH_TEXT.noteMissing[lang]}</p>}
        {failure && (
          <div role="alert" className="modal__error">
            <p>{problems.length > 0 ? PUBLISH_TEXT.refused[lang] : failure}</p>
            {problems.length > 0 && (
              <ul className="problems__list">
                {problems.map((problem, i) => {
                  const place = selectionOfProblem(problem, bundle);
                  return (
                    <li key={i}><button type="button" className="problems__item" onClick={() => onSelect(place)}>
                      <span className="problems__place">{placeName(place, bundle, lang)}</span>
                      <span className="problems__message">{textIn(problem.message, lang)}</span>
                    </button></li>
                  );
                })}
              </ul>
            )}
          </div>
        )}
        <div className="modal__actions">
          <button type="submit" className="button" disabled={publish.isPending}>
            {publish.isPending ? PUBLISH_TEXT.publishing[lang] : PUBLISH_TEXT.confirm[lang]}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>{PUBLISH_TEXT.cancel[lang]}</button>
        </div>
      </form>
    </Modal>
  );
}
