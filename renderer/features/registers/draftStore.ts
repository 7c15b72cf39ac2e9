// The action form's prefill: "Promote to action" (on the board) and "Accept" (in the suggestion
// inbox) put a draft here; the registers panel opens its action form with it. One per console.
import { create } from 'zustand';
import type { ActionDraft } from '../../../shared/model/registers/actionDrafts';

export interface PendingDraft {
  draft: ActionDraft;
  /** Which suggestion, if any, becomes accepted once the action is saved. */
  suggestionId: string | null;
  /** Changes with every request, so the form re-opens even for the same note. */
  serial: number;
}

interface DraftState {
  pending: PendingDraft | null;
  open(draft: ActionDraft, suggestionId?: string | null): void;
  clear(): void;
}

export const useActionDraft = create<DraftState>()((set, get) => ({
  pending: null,
  open: (draft, suggestionId = null) =>
    set({ pending: { draft, suggestionId, serial: (get().pending?.serial ?? 0) + 1 } }),
  clear: () => set({ pending: null }),
}));
