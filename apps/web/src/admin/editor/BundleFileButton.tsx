import { useId, useRef, useState } from 'react';
import { textIn, type Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { readBundleFile } from './bundle-file';

/**
 * "Importeren" on the editor: loads a bundle file of this type into the editor as one edit (undo takes it back;
 * the lint shows its problems; autosave stores it). A file of another type is refused with the reason.
 */
export function BundleFileButton({ label, lang, onBundle, expectId }: { label: string; lang: Lang; onBundle: (bundle: Bundle) => void; expectId: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBundleFile(file);
    if (input.current) input.current.value = '';
    if ('error' in result) return setError(textIn(result.error, lang));
    const found = result.bundle.definition.id;
    if (found !== expectId) {
      return setError(lang === 'nl'
        ? `Deze bundel is van trajectsoort "${String(found)}", niet van "${expectId}". Importeer hem op de pagina Trajectsoorten.`
        : `This bundle is of trajectory type "${String(found)}", not "${expectId}". Import it on the Trajectory types page.`);
    }
    setError(undefined);
    onBundle(result.bundle);
  };
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => input.current?.click()}>{label}</button>
      <input ref={input} id={id} type="file" accept="application/json,.json" hidden aria-label={label}
        onChange={(e) => void read(e.target.files?.[0])} />
      {error && <p className="editor-header__error" role="alert">{error} <button type="button" className="link-button" onClick={() => setError(undefined)}>OK</button></p>}
    </>
  );
}
