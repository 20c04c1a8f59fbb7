import { textIn, type Lang, type Localized, type Problem } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { DEFINITION_FILE, formFile, type BundleFile } from './json-text';
import { jsonText } from './texts';

interface Props {
  bundle: Bundle;
  file: BundleFile;
  problems: readonly Problem[];
  lang: Lang;
  onPick: (file: BundleFile) => void;
}

/** A form's name in the picker: its title, else its id, else its place. */
function formName(form: Bundle['forms'][number], index: number, lang: Lang): string {
  const title = form.title;
  if (title && typeof title === 'object' && !Array.isArray(title)) {
    const text = textIn(title as unknown as Localized, lang);
    if (text) return text;
  }
  return typeof form.id === 'string' && form.id ? form.id : `${jsonText('form', lang)} ${index + 1}`;
}

/** Which file the JSON tab shows: the definition or one of the forms, each with its number of problems. */
export function FilePicker({ bundle, file, problems, lang, onPick }: Props) {
  const count = (name: BundleFile) => problems.filter((p) => p.file === name).length;
  const option = (name: BundleFile, label: string) => {
    const n = count(name);
    return <option key={name} value={name}>{n ? `${label} (${jsonText('problems', lang, { n })})` : label}</option>;
  };
  return (
    <label className="json-tab__picker">
      <span>{jsonText('file', lang)}</span>
      <select value={file} onChange={(event) => onPick(event.target.value)}>
        {option(DEFINITION_FILE, jsonText('definition', lang))}
        {bundle.forms.map((form, i) => option(formFile(i), `${jsonText('form', lang)}: ${formName(form, i, lang)}`))}
      </select>
    </label>
  );
}
