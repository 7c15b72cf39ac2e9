// The register forms' prefill: "Record decision" and "Promote to action" (on the board), "Decision"
// and "Action" (in the parking lot) and "Accept" (in the suggestion inbox) put a draft here; the
// registers panel opens its decision or action form with it. One per console.
import { create } from 'zustand';
import type { ActionDraft } from '../../../shared/model/registers/actionDrafts';
import type { DecisionDraft } from '../../../shared/model/registers/fromRoom';

export type PendingDraft = {
  /** Which suggestion, if any, becomes accepted once the action is saved. */
  suggestionId: string | null;
  /** Changes with every request, so the form re-opens even for the same note. */
  serial: number;
} & ({ kind: 'action'; draft: ActionDraft } | { kind: 'decision'; draft: DecisionDraft });

interface DraftState {
  pending: PendingDraft | null;
  open(draft: ActionDraft, suggestionId?: string | null): void;
  openDecision(draft: DecisionDraft): void;
  clear(): void;
}

// Never reset (not even when a form closes), so a new request is always seen as new.
let serial = 0;

export const useActionDraft = create<DraftState>()((set) => ({
  pending: null,
  open: (draft, suggestionId = null) =>
    set({ pending: { kind: 'action', draft, suggestionId, serial: ++serial } }),
  openDecision: (draft) =>
    set({ pending: { kind: 'decision', draft, suggestionId: null, serial: ++serial } }),
  clear: () => set({ pending: null }),
}));
