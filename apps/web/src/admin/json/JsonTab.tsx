import definitionSchema from '@koers/engine/schemas/definition.schema.json';
import formSchema from '@koers/engine/schemas/form.schema.json';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EditorProps } from '../model/bundle';
import { FilePicker } from './FilePicker';
import { DEFINITION_FILE, fileValue, withFile, type BundleFile } from './json-text';
import { ProblemList } from './ProblemList';
import { selectionPlace } from './selection-place';
import { jsonText } from './texts';
import { useJsonEditor } from './useJsonEditor';
import './json-tab.css';

/**
 * The JSON tab: the exact JSON of the definition or of one form, edited as text, with completion and
 * explanations from the published format schema and the engine's problems where they point. What parses
 * goes to the bundle as written; what does not stays here with where and why.
 */
export default function JsonTab({ bundle, onChange, selection, problems, lang }: EditorProps) {
  const [picked, setPicked] = useState<BundleFile>(() => selectionPlace(bundle, selection)?.file ?? DEFINITION_FILE);
  // A form that is no longer there (removed in another tab): back to the definition.
  const file = fileValue(bundle, picked) ? picked : DEFINITION_FILE;
  const latest = useRef({ bundle, onChange });
  latest.current = { bundle, onChange };
  const fileProblems = useMemo(() => problems.filter((p) => p.file === file), [problems, file]);
  const fileLabel = file === DEFINITION_FILE ? jsonText('definition', lang) : `${jsonText('form', lang)} ${file.slice('forms/'.length)}`;

  const editor = useJsonEditor({
    file,
    value: fileValue(bundle, file),
    schema: (file === DEFINITION_FILE ? definitionSchema : formSchema) as Record<string, unknown>,
    problems: fileProblems,
    lang,
    label: jsonText('editorLabel', lang, { file: fileLabel }),
    onValue: (value) => latest.current.onChange(withFile(latest.current.bundle, file, value)),
  });

  // A new selection (and the one the tab opens with): show its JSON, in its own file.
  const wanted = useRef<string | null>(null);
  const { reveal } = editor;
  useEffect(() => {
    const place = selectionPlace(latest.current.bundle, selection);
    if (place && place.file !== file) {
      wanted.current = place.pointer;
      setPicked(place.file);
    } else reveal(place?.pointer ?? null, { cursor: false });
    // Only a change of selection moves the text, not every keystroke or a file the admin picked.
  }, [selection, reveal]);
  useEffect(() => {
    if (wanted.current === null) return;
    reveal(wanted.current, { cursor: false });
    wanted.current = null;
  }, [file, reveal]);

  const { invalid, pending } = editor;
  return (
    <div className="json-tab">
      <div className="json-tab__bar">
        <FilePicker bundle={bundle} file={file} problems={problems} lang={lang} onPick={setPicked} />
        <p className="json-tab__hint">{jsonText('hint', lang)}</p>
      </div>
      {pending && (
        <div className="json-tab__notice" role="alert">
          <p>{jsonText('elsewhere', lang)}</p>
          <button type="button" className="button button--secondary" onClick={editor.takePending}>{jsonText('takeNew', lang)}</button>
        </div>
      )}
      <div role="status" className="json-tab__status">
        {invalid && (
          <div className="json-tab__invalid">
            <p>
              <strong>{invalid.message[lang]}</strong> {jsonText('notPassed', lang)}
            </p>
            <button type="button" className="button button--secondary" onClick={() => editor.goTo(invalid.from)}>{jsonText('goToError', lang)}</button>
          </div>
        )}
      </div>
      <div className="json-tab__editor" ref={editor.container} data-file={file} />
      <ProblemList problems={fileProblems} lang={lang} onPick={(problem) => reveal(problem.pointer, { cursor: true })} />
    </div>
  );
}
