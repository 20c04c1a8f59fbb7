import { useCallback, useRef, useState } from 'react';
import type { JsonObject } from '@koers/engine';
import { currentDraftOf, saveDraft, type TypeDraft } from '../../api/type-drafts';
import { useAutosave } from '../../pages/trajectories/useAutosave';
import type { Bundle } from '../model/bundle';

/** The last save: when and by whom the server stored it. */
export interface SavedMark { at: string; by: string | null }

/**
 * Autosaves the bundle as the server's draft (a debounced PUT with the revision it builds on). When a colleague
 * saved in between, the server answers 409 with their draft: `conflict` then holds it and saving pauses until
 * the admin chooses (`keepMine` saves over theirs, `adoptTheirs` builds on theirs).
 */
export function useDraftSave(typeId: string, bundle: Bundle, draft: TypeDraft) {
  const revision = useRef(draft.revision);
  const [saved, setSaved] = useState<SavedMark>({ at: draft.updatedAt, by: draft.updatedBy?.name ?? null });
  const [conflict, setConflict] = useState<TypeDraft | null | undefined>(undefined);
  // What the server holds (as JSON text): a "change" back to it (undo to the saved state) needs no request.
  const stored = useRef(JSON.stringify({ definition: draft.definition, forms: draft.forms }));

  const save = useCallback(async (data: JsonObject) => {
    const { definition, forms } = data as unknown as Bundle;
    const text = JSON.stringify({ definition, forms });
    if (text === stored.current) return;
    try {
      const answer = await saveDraft(typeId, { revision: revision.current, definition, forms });
      revision.current = answer.revision;
      stored.current = text;
      setSaved({ at: answer.updatedAt, by: answer.updatedBy?.name ?? null });
    } catch (error) {
      const theirs = currentDraftOf(error);
      if (theirs !== undefined) setConflict(theirs);
      throw error;
    }
  }, [typeId]);
  const autosave = useAutosave(bundle as unknown as JsonObject, save, conflict === undefined, 800);

  /** Save mine over theirs: build on their revision, so nothing of mine is lost (theirs stays in the history). */
  const keepMine = useCallback((theirs: TypeDraft | null) => {
    if (theirs) revision.current = theirs.revision;
    // Theirs is what the server holds now; mine differs from it, so it is saved.
    stored.current = theirs ? JSON.stringify({ definition: theirs.definition, forms: theirs.forms }) : '';
    setConflict(undefined);
    // Their draft gone (published or discarded) cannot be saved over; the page offers to start anew instead.
    if (theirs) void autosave.saveNow();
  }, [autosave]);
  /** Take theirs: the page shows their bundle (as an edit, so undo brings mine back), built on their revision. */
  const adoptTheirs = useCallback((theirs: TypeDraft) => {
    revision.current = theirs.revision;
    stored.current = JSON.stringify({ definition: theirs.definition, forms: theirs.forms });
    setSaved({ at: theirs.updatedAt, by: theirs.updatedBy?.name ?? null });
    autosave.skipNext();
    setConflict(undefined);
  }, [autosave]);

  return { ...autosave, saved, conflict, keepMine, adoptTheirs, revision };
}
