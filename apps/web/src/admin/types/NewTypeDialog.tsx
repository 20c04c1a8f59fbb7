import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { textIn, type Lang } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { createDraft, type AdminTypeRow } from '../../api/type-drafts';
import { adminTypeKeys } from '../../queries/type-drafts';
import { navigate } from '../../routes/location';
import { to } from '../../routes/paths';
import { Modal } from '../editor/Modal';
import { NEW_TEXT } from './new-text';
import { TYPE_ID_PATTERN, typeIdOf } from './type-id';

/**
 * "Nieuwe trajectsoort": a title in both languages, an id made from it (editable), and where to start: a small
 * empty type, or a copy of a published type and version (its forms get ids of the new type).
 */
export function NewTypeDialog({ types, lang, onClose }: { types: readonly AdminTypeRow[]; lang: Lang; onClose: () => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const published = types.filter((t) => t.versions.length > 0);
  const [nl, setNl] = useState('');
  const [en, setEn] = useState('');
  const [typeId, setTypeId] = useState<string | undefined>();
  const [copy, setCopy] = useState(false);
  const [from, setFrom] = useState(published[0]?.id ?? '');
  const [version, setVersion] = useState('');
  const [tried, setTried] = useState(false);
  const finalId = typeId ?? typeIdOf(nl);
  const taken = types.some((t) => t.id === finalId);
  const idProblem = !finalId ? NEW_TEXT.idMissing[lang] : !TYPE_ID_PATTERN.test(finalId) ? NEW_TEXT.idInvalid[lang] : taken ? NEW_TEXT.idTaken[lang] : undefined;
  const create = useMutation({
    mutationFn: () => createDraft({
      typeId: finalId, title: { nl: nl.trim(), en: en.trim() || nl.trim() },
      ...(copy && from ? { from: { typeId: from, ...(version ? { version: Number(version) } : {}) } } : {}),
    }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminTypeKeys.list });
      navigate(to.adminType(finalId));
    },
  });
  const source = published.find((t) => t.id === from);
  const failure = create.error instanceof ApiFailure ? textIn(create.error.error.message, lang) : create.error ? String(create.error) : undefined;
  const titleMissing = nl.trim() === '';
  return (
    <Modal title={NEW_TEXT.title[lang]} onClose={onClose}>
      <form className="new-type" noValidate onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!titleMissing && !idProblem) create.mutate();
      }}>
        <label className="modal__label">{NEW_TEXT.titleNl[lang]}
          <input type="text" lang="nl" value={nl} required aria-invalid={tried && titleMissing} autoFocus onChange={(e) => setNl(e.target.value)} />
        </label>
        {tried && titleMissing && <p className="modal__error">{NEW_TEXT.titleMissing[lang]}</p>}
        <label className="modal__label">{NEW_TEXT.titleEn[lang]}
          <input type="text" lang="en" value={en} placeholder={nl} onChange={(e) => setEn(e.target.value)} />
        </label>
        <label className="modal__label" htmlFor={`${id}-id`}>{NEW_TEXT.id[lang]}</label>
        <p id={`${id}-idhelp`} className="modal__help">{NEW_TEXT.idHelp[lang]}</p>
        <input id={`${id}-id`} type="text" value={finalId} spellCheck={false} aria-describedby={`${id}-idhelp`}
          aria-invalid={tried && idProblem !== undefined} onChange={(e) => setTypeId(e.target.value)} />
        {(tried || taken) && idProblem && <p className="modal__error">{idProblem}</p>}
        <fieldset className="new-type__start">
          <legend>{NEW_TEXT.start[lang]}</legend>
          <label><input type="radio" name={`${id}-start`} checked={!copy} onChange={() => setCopy(false)} /> {NEW_TEXT.empty[lang]}</label>
          <label><input type="radio" name={`${id}-start`} checked={copy} disabled={published.length === 0} onChange={() => setCopy(true)} /> {NEW_TEXT.copy[lang]}</label>
          {copy && (
            <div className="new-type__copy">
              <label className="modal__label">{NEW_TEXT.fromType[lang]}
                <select value={from} onChange={(e) => { setFrom(e.target.value); setVersion(''); }}>
                  {published.map((t) => <option key={t.id} value={t.id}>{textIn(t.title, lang)} ({t.id})</option>)}
                </select>
              </label>
              <label className="modal__label">{NEW_TEXT.fromVersion[lang]}
                <select value={version} onChange={(e) => setVersion(e.target.value)}>
                  <option value="">{NEW_TEXT.newest[lang]}</option>
                  {[...(source?.versions ?? [])].reverse().map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
                </select>
              </label>
            </div>
          )}
        </fieldset>
        {failure && <p role="alert" className="modal__error">{failure}</p>}
        <div className="modal__actions">
          <button type="submit" className="button" disabled={create.isPending}>{NEW_TEXT.create[lang]}</button>
          <button type="button" className="button button--secondary" onClick={onClose}>{NEW_TEXT.cancel[lang]}</button>
        </div>
      </form>
    </Modal>
  );
}
