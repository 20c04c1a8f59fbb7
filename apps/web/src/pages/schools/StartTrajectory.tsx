import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import type { StartOption } from '../../api/start';
import { useLang } from '../../i18n/lang';
import { startOptionsQuery, useStartTrajectory } from '../../queries/start';
import { navigate } from '../../routes/location';
import { to } from '../../routes/paths';
import { START_TEXT, capacityText } from './startText';
import './start.css';

/**
 * "Traject starten" for one school: a button, shown only when the reader may start something there (the server
 * says what: the types whose roles they hold there, every type for an admin), that opens a dialog to pick the
 * type with its places left ("nog 3 plaatsen", or "vol" in the type's words). A refusal is shown in the
 * reader's language; a started trajectory opens at once.
 */
export function StartTrajectory({ schoolId, schoolName, named = false }: { schoolId: string; schoolName: string; named?: boolean }) {
  const { lang } = useLang();
  const options = useQuery(startOptionsQuery(schoolId));
  const [open, setOpen] = useState(false);
  const list = options.data?.options ?? [];
  if (options.error) return <p role="alert" className="start__problem">{textIn(START_TEXT.loadFailed, lang)}</p>;
  if (list.length === 0) return null;
  return (
    <>
      <button type="button" className="button start__open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {textIn(named ? START_TEXT.openAt(schoolName) : START_TEXT.open, lang)}
      </button>
      {open && <StartDialog schoolId={schoolId} schoolName={schoolName} options={list} onClose={() => setOpen(false)} />}
    </>
  );
}

function StartDialog({ schoolId, schoolName, options, onClose }: { schoolId: string; schoolName: string; options: StartOption[]; onClose: () => void }) {
  const { lang, appText } = useLang();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const start = useStartTrajectory();
  const open = options.filter((o) => o.capacity?.left !== 0);
  // One type with room: it is chosen already.
  const [chosen, setChosen] = useState(open.length === 1 ? open[0]!.typeId : '');
  const [problem, setProblem] = useState<string | undefined>();
  const [label, setLabel] = useState('');
  useEffect(() => dialog.current?.showModal(), []);
  const option = options.find((o) => o.typeId === chosen);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    if (!option) return setProblem(textIn(START_TEXT.chooseType, lang));
    start.mutate({ typeId: option.typeId, version: option.version, schoolId, ...(label.trim() ? { label: label.trim() } : {}) }, {
      onSuccess: (created) => navigate(to.trajectory(created.id)),
      onError: (error) => setProblem(error instanceof ApiFailure ? textIn(error.error.message, lang) : error.message),
    });
  };
  return (
    <dialog ref={dialog} className="start" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="start__title">{textIn(START_TEXT.title(schoolName), lang)}</h2>
        <p className="start__intro">{textIn(START_TEXT.intro, lang)}</p>
        <fieldset className="start__types">
          <legend>{textIn(START_TEXT.typeLegend, lang)}</legend>
          {options.map((o) => {
            const full = o.capacity?.left === 0;
            return (
              <label key={o.typeId} className={`start__type${full ? ' is-full' : ''}`}>
                <input type="radio" name={`${id}-type`} value={o.typeId} checked={chosen === o.typeId} disabled={full}
                  onChange={() => setChosen(o.typeId)} aria-describedby={`${id}-${o.typeId}`} />
                <span>
                  <strong>{textIn(o.title, lang)}</strong>
                  <span id={`${id}-${o.typeId}`} className="start__about">
                    <span className={`start__capacity${full ? ' start__capacity--full' : ''}`}>{textIn(capacityText(o), lang)}</span>
                    <span className="start__description">{textIn(o.description, lang)}</span>
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <label className="start__label">
          <span>{option?.label ? `${textIn(option.label.title, lang)} ${appText(option.label.required ? 'labelRequired' : 'labelOptional')}` : appText('labelField')}</span>
          <input type="text" value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} aria-describedby={`${id}-label-hint`} required={option?.label?.required === true} />
          <small id={`${id}-label-hint`}>{option?.label?.description ? textIn(option.label.description, lang) : appText('labelHint')}</small>
        </label>
        {problem && <p role="alert" className="start__problem">{problem}</p>}
        <div className="start__actions">
          <button type="submit" className="button" disabled={start.isPending || option?.capacity?.left === 0}>{textIn(start.isPending ? START_TEXT.starting : START_TEXT.start, lang)}</button>
          <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>{textIn(START_TEXT.cancel, lang)}</button>
        </div>
      </form>
    </dialog>
  );
}
