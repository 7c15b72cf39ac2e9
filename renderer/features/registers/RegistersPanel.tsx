// The console's registers: decisions, RACI action items and measures, each added and edited here,
// plus the room's suggestions. Attendees and the projector get RegistersView instead.
import './registers.css';
import { useState } from 'react';
import type * as Y from 'yjs';
import {
  deleteDecision,
  updateDecision,
  deleteAction,
  updateAction,
  deleteMeasure,
} from '../../../shared/model/registers/commands';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/model/registers/names';
import { ActionTable, DecisionList, MeasureTable } from './RegisterLists';
import { ActionForm, DecisionForm } from './RegisterForms';
import { MeasureForm } from './MeasureForm';
import { SuggestionInbox } from './SuggestionInbox';
import { BoardSourcePicker } from './BoardSourcePicker';
import { useRegisters } from './useRegisters';
import { RegisterScopeSwitch, useRegisterScope } from './RegisterScope';
import { useActionDraft } from './draftStore';
import { emptyDraft } from '../../../shared/model/registers/actionDrafts';
import { resolveSuggestion } from '../../../shared/model/registers/suggestions';

type Editing = { kind: 'decision' | 'action' | 'measure'; id: string | null } | null;

export function RegistersPanel(props: { doc: Y.Doc }) {
  const { doc } = props;
  const registers = useRegisters(doc);
  const scoped = useRegisterScope(doc, registers);
  const [editing, setEditing] = useState<Editing>(null);
  const pending = useActionDraft((s) => s.pending);
  const clearDraft = useActionDraft((s) => s.clear);
  const done = () => {
    setEditing(null);
    clearDraft();
  };
  // A promoted note or an accepted suggestion opens the action form with its draft.
  const [seen, setSeen] = useState(0);
  if (pending && pending.serial !== seen) {
    setSeen(pending.serial);
    setEditing({ kind: 'action', id: null });
  }
  const is = (kind: NonNullable<Editing>['kind']) => editing?.kind === kind;
  const confirmDelete = (what: string) =>
    window.confirm(`Delete ${what}? Undo (Ctrl+Z) brings it back.`);

  return (
    <section className="card registers" aria-labelledby="registers-heading">
      <h2 id="registers-heading">Decisions, actions and measures</h2>
      <BoardSourcePicker doc={doc} />
      <RegisterScopeSwitch scoped={scoped} />

      <h3>Decisions</h3>
      <DecisionList
        decisions={scoped.decisions}
        controls={(d) => (
          <div className="row">
            <button
              type="button"
              aria-pressed={d.committed}
              onClick={() => updateDecision(doc, { id: d.id, committed: !d.committed })}
            >
              {d.committed ? 'Uncommit' : 'Commit'}{' '}
              <span className="visually-hidden">{d.title}</span>
            </button>
            <button type="button" onClick={() => setEditing({ kind: 'decision', id: d.id })}>
              Edit <span className="visually-hidden">decision {d.title}</span>
            </button>
            <button
              type="button"
              onClick={() =>
                confirmDelete(`the decision “${d.title}”`) && deleteDecision(doc, { id: d.id })
              }
            >
              Delete <span className="visually-hidden">decision {d.title}</span>
            </button>
          </div>
        )}
      />
      {is('decision') ? (
        <DecisionForm
          key={editing?.id ?? 'new'}
          doc={doc}
          decision={registers.decisions.find((d) => d.id === editing?.id)}
          onDone={done}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ kind: 'decision', id: null })}>
          Record decision
        </button>
      )}

      <h3>Action items</h3>
      <ActionTable
        actions={scoped.actions}
        controls={(a) => (
          <div className="row">
            <select
              aria-label={`Status of ${a.title}`}
              value={a.status}
              onChange={(e) =>
                updateAction(doc, { id: a.id, status: e.target.value as ActionStatus })
              }
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => setEditing({ kind: 'action', id: a.id })}>
              Edit <span className="visually-hidden">action {a.title}</span>
            </button>
            <button
              type="button"
              onClick={() =>
                confirmDelete(`the action “${a.title}”`) && deleteAction(doc, { id: a.id })
              }
            >
              Delete <span className="visually-hidden">action {a.title}</span>
            </button>
          </div>
        )}
      />
      {is('action') ? (
        <ActionForm
          key={editing?.id ?? `new-${pending?.serial ?? 0}`}
          doc={doc}
          action={registers.actions.find((a) => a.id === editing?.id)}
          draft={editing?.id ? undefined : (pending?.draft ?? emptyDraft(doc))}
          onSaved={(id) => {
            if (pending?.suggestionId)
              resolveSuggestion(doc, {
                id: pending.suggestionId,
                status: 'accepted',
                acceptedAsId: id,
              });
          }}
          onDone={done}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ kind: 'action', id: null })}>
          Add action item
        </button>
      )}

      <h3>Measures</h3>
      <MeasureTable
        registers={registers}
        controls={(m) => (
          <div className="row">
            <button type="button" onClick={() => setEditing({ kind: 'measure', id: m.id })}>
              Edit <span className="visually-hidden">measure {m.name}</span>
            </button>
            <button
              type="button"
              onClick={() =>
                confirmDelete(`the measure “${m.name}”`) && deleteMeasure(doc, { id: m.id })
              }
            >
              Delete <span className="visually-hidden">measure {m.name}</span>
            </button>
          </div>
        )}
      />
      {is('measure') ? (
        <MeasureForm
          key={editing?.id ?? 'new'}
          doc={doc}
          registers={registers}
          measure={registers.measures.find((m) => m.id === editing?.id)}
          onDone={done}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ kind: 'measure', id: null })}>
          Add measure
        </button>
      )}

      <SuggestionInbox doc={doc} suggestions={registers.suggestions} />
    </section>
  );
}
