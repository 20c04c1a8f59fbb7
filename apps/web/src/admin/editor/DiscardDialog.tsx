import { useMutation, useQueryClient } from '@tanstack/react-query';
import { textIn, type Lang } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { discardDraft } from '../../api/type-drafts';
import { adminTypeKeys } from '../../queries/type-drafts';
import { Modal } from './Modal';

const TEXT = {
  title: { nl: 'Concept weggooien?', en: 'Discard the draft?' },
  text: {
    nl: 'Alle wijzigingen in dit concept sinds de laatste publicatie gaan verloren, ook die van collega’s. Gepubliceerde versies en lopende trajecten blijven zoals ze zijn. Dit kan niet ongedaan worden gemaakt; exporteer het concept eerst als u het wilt bewaren.',
    en: 'Every change in this draft since the last publication is lost, colleagues’ too. Published versions and running trajectories stay as they are. This cannot be undone; export the draft first if you want to keep it.',
  },
  confirm: { nl: 'Ja, weggooien', en: 'Yes, discard' },
  cancel: { nl: 'Niet weggooien', en: 'Keep it' },
};

/** Asks before discarding the draft; `onDiscarded` when it is gone. */
export function DiscardDialog({ typeId, lang, onClose, onDiscarded }: { typeId: string; lang: Lang; onClose: () => void; onDiscarded: () => void }) {
  const queryClient = useQueryClient();
  const discard = useMutation({
    mutationFn: () => discardDraft(typeId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: adminTypeKeys.draft(typeId) });
      await queryClient.invalidateQueries({ queryKey: adminTypeKeys.list });
      onDiscarded();
    },
  });
  const failure = discard.error instanceof ApiFailure ? textIn(discard.error.error.message, lang) : discard.error ? String(discard.error) : undefined;
  return (
    <Modal title={TEXT.title[lang]} onClose={onClose} alert>
      <p>{TEXT.text[lang]}</p>
      {failure && <p role="alert" className="modal__error">{failure}</p>}
      <div className="modal__actions">
        <button type="button" className="button button--secondary" autoFocus onClick={onClose}>{TEXT.cancel[lang]}</button>
        <button type="button" className="button button--danger" disabled={discard.isPending} onClick={() => discard.mutate()}>{TEXT.confirm[lang]}</button>
      </div>
    </Modal>
  );
}
