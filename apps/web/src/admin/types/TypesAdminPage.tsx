import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { useDocumentTitle } from '../../pages/useDocumentTitle';
import { adminTypesQuery } from '../../queries/type-drafts';
import '../editor/editor.css';
import { ImportDialog } from './ImportDialog';
import { NewTypeDialog } from './NewTypeDialog';
import { TYPES_TEXT } from './texts';
import { TypeSection } from './TypeSection';
import './types-admin.css';

/**
 * `#/beheer/soorten`: every type with its versions (who published each and when, the change note, the
 * trajectories on it) and its draft; a new type (empty or copied), import of a bundle, export of any version.
 */
export default function TypesAdminPage() {
  const { lang } = useLang();
  useDocumentTitle(TYPES_TEXT.title[lang]);
  const types = useQuery(adminTypesQuery);
  const [dialog, setDialog] = useState<'new' | 'import' | undefined>();
  const failure = types.error instanceof ApiFailure ? textIn(types.error.error.message, lang) : types.error ? String(types.error) : undefined;
  return (
    <div className="page types-admin">
      <div className="types-admin__head">
        <h1>{TYPES_TEXT.title[lang]}</h1>
        <div className="types-admin__actions">
          <button type="button" className="button" onClick={() => setDialog('new')}>{TYPES_TEXT.newType[lang]}</button>
          <button type="button" className="button button--secondary" onClick={() => setDialog('import')}>{TYPES_TEXT.import[lang]}</button>
        </div>
      </div>
      <p className="lead">{TYPES_TEXT.intro[lang]}</p>
      {failure && <p role="alert" className="modal__error">{failure}</p>}
      {types.isPending && <p className="app-loading">{lang === 'nl' ? 'Laden…' : 'Loading…'}</p>}
      {types.data?.length === 0 && <p>{TYPES_TEXT.none[lang]}</p>}
      {types.data?.map((type) => <TypeSection key={type.id} type={type} lang={lang} />)}
      {dialog === 'new' && <NewTypeDialog types={types.data ?? []} lang={lang} onClose={() => setDialog(undefined)} />}
      {dialog === 'import' && <ImportDialog lang={lang} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
