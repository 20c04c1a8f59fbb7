import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { textIn, type Lang } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { currentDraftOf, importBundle, problemsOf } from '../../api/type-drafts';
import { adminTypeKeys } from '../../queries/type-drafts';
import { navigate } from '../../routes/location';
import { to } from '../../routes/paths';
import { readBundleFile } from '../editor/bundle-file';
import { Modal } from '../editor/Modal';
import type { Bundle } from '../model/bundle';
import { placeName } from '../model/place-names';
import { selectionOfProblem } from '../model/places';
import { say } from '../editor/texts';
import { NEW_TEXT } from './new-text';

/**
 * "Importeren": a bundle file becomes the draft of its type (the server checks it as it would a publication).
 * A broken or hostile file shows every problem with its place, in words and as file + pointer; nothing changes.
 */
export function ImportDialog({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [bundle, setBundle] = useState<Bundle | undefined>();
  const [readError, setReadError] = useState<string | undefined>();
  const upload = useMutation({
    mutationFn: ({ replace }: { replace: boolean }) => importBundle(bundle!, replace),
    onSuccess: async (draft) => {
      await queryClient.invalidateQueries({ queryKey: adminTypeKeys.list });
      navigate(to.adminType(draft.typeId));
    },
  });
  const problems = problemsOf(upload.error);
  const exists = currentDraftOf(upload.error) !== undefined;
  const failure = upload.error instanceof ApiFailure ? textIn(upload.error.error.message, lang) : upload.error ? String(upload.error) : undefined;
  const typeId = typeof bundle?.definition.id === 'string' ? bundle.definition.id : '';
  return (
    <Modal title={NEW_TEXT.importTitle[lang]} onClose={onClose} wide>
      <p>{NEW_TEXT.importIntro[lang]}</p>
      <label className="modal__label" htmlFor={`${id}-file`}>{NEW_TEXT.file[lang]}</label>
      <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={async (e) => {
        upload.reset();
        const file = e.target.files?.[0];
        if (!file) return;
        const result = await readBundleFile(file);
        if ('error' in result) {
          setBundle(undefined);
          setReadError(textIn(result.error, lang));
        } else {
          setReadError(undefined);
          setBundle(result.bundle);
        }
      }} />
      {readError && <p role="alert" className="modal__error">{readError}</p>}
      {failure && !exists && (
        <div role="alert" className="modal__error">
          <p>{problems.length > 0 ? say(NEW_TEXT, 'refused', lang, { n: problems.length }) : failure}</p>
          {problems.length > 0 && bundle && (
            <ul className="import-problems">
              {problems.map((problem, i) => (
                <li key={i}>
                  <strong>{placeName(selectionOfProblem(problem, bundle), bundle, lang)}</strong>: {textIn(problem.message, lang)}{' '}
                  <code>{problem.file}{problem.pointer}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {exists && <p role="alert">{say(NEW_TEXT, 'exists', lang, { id: typeId })}</p>}
      <div className="modal__actions">
        {exists
          ? <button type="button" className="button button--danger" disabled={upload.isPending} onClick={() => upload.mutate({ replace: true })}>{NEW_TEXT.replace[lang]}</button>
          : <button type="button" className="button" disabled={!bundle || upload.isPending} onClick={() => upload.mutate({ replace: false })}>
              {upload.isPending ? NEW_TEXT.importing[lang] : NEW_TEXT.doImport[lang]}
            </button>}
        <button type="button" className="button button--secondary" onClick={onClose}>{NEW_TEXT.cancel[lang]}</button>
      </div>
    </Modal>
  );
}
