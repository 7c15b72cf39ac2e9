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
import { MeasureTrends } from './MeasureTrends';
import { SuggestionInbox } from './SuggestionInbox';
import { BoardSourcePicker } from './BoardSourcePicker';
import { OutcomeNotes } from './OutcomeNotes';
import { useRegisters } from './useRegisters';
import { RegisterScopeSwitch, useRegisterScope } from './RegisterScope';
import { useActionDraft } from './draftStore';
import { emptyDraft } from '../../../shared/model/registers/actionDrafts';
import { resolveSuggestion } from '../../../shared/model/registers/suggestions';
import { actionStatusText } from './RegisterLists';
import { useT } from '../../i18n/useT';

type Kind = 'decision' | 'action' | 'measure';
type Editing = { kind: Kind; id: string | null } | null;

export function RegistersPanel(props: { doc: Y.Doc }) {
  const { doc } = props;
  const t = useT();
  const registers = useRegisters(doc);
  const scoped = useRegisterScope(doc, registers);
  const [editing, setEditing] = useState<Editing>(null);
  const pending = useActionDraft((s) => s.pending);
  const clearDraft = useActionDraft((s) => s.clear);
  const done = () => {
    setEditing(null);
    clearDraft();
  };
  // A group or note, a parking lot item or an accepted suggestion opens its form with its draft.
  const [seen, setSeen] = useState(0);
  if (pending && pending.serial !== seen) {
    setSeen(pending.serial);
    setEditing({ kind: pending.kind, id: null });
  }
  const actionDraft = pending?.kind === 'action' ? pending.draft : undefined;
  const decisionDraft = pending?.kind === 'decision' ? pending.draft : undefined;
  const is = (kind: Kind) => editing?.kind === kind;
  /** A record's Edit and Delete buttons; deleting asks first (undo brings it back). */
  const editDelete = (
    kind: Kind,
    r: { id: string },
    title: string,
    remove: typeof deleteAction,
  ) => (
    <>
      <button type="button" onClick={() => setEditing({ kind, id: r.id })}>
        {t('registers.edit')}{' '}
        <span className="visually-hidden">{t('registers.kindTitle', { kind, title })}</span>
      </button>
      <button
        type="button"
        onClick={() =>
          window.confirm(t('registers.confirmDelete', { kind, title })) && remove(doc, { id: r.id })
        }
      >
        {t('registers.delete')}{' '}
        <span className="visually-hidden">{t('registers.kindTitle', { kind, title })}</span>
      </button>
    </>
  );
  /** The button that opens a new record's form. */
  const addButton = (kind: Kind, label: string) => (
    <button
      type="button"
      onClick={() => {
        // A new record from scratch: no draft left from an earlier "Record decision".
        clearDraft();
        setEditing({ kind, id: null });
      }}
    >
      {label}
    </button>
  );

  return (
    <section className="card registers" aria-labelledby="registers-heading">
      <h2 id="registers-heading">{t('registers.heading')}</h2>
      <BoardSourcePicker doc={doc} />
      <RegisterScopeSwitch scoped={scoped} />
      {scoped.block && (
        <OutcomeNotes
          key={`${scoped.block.id}:${registers.outcomes[scoped.block.id] ?? ''}`}
          doc={doc}
          block={scoped.block}
          saved={registers.outcomes[scoped.block.id] ?? ''}
        />
      )}

      <h3>{t('registers.decisions')}</h3>
      <DecisionList
        decisions={scoped.decisions}
        controls={(d) => (
          <div className="row">
            <button
              type="button"
              aria-pressed={d.committed}
              onClick={() => updateDecision(doc, { id: d.id, committed: !d.committed })}
            >
              {d.committed ? t('registers.uncommit') : t('registers.commit')}{' '}
              <span className="visually-hidden">{d.title}</span>
            </button>
            {editDelete('decision', d, d.title, deleteDecision)}
          </div>
        )}
      />
      {is('decision') ? (
        <DecisionForm
          key={editing?.id ?? `new-${pending?.serial ?? 0}`}
          doc={doc}
          decision={registers.decisions.find((d) => d.id === editing?.id)}
          draft={editing?.id ? undefined : decisionDraft}
          onDone={done}
        />
      ) : (
        addButton('decision', t('registers.recordDecision'))
      )}

      <h3>{t('registers.actions')}</h3>
      <ActionTable
        actions={scoped.actions}
        controls={(a) => (
          <div className="row">
            <select
              aria-label={t('registers.statusOf', { title: a.title })}
              value={a.status}
              onChange={(e) =>
                updateAction(doc, { id: a.id, status: e.target.value as ActionStatus })
              }
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {actionStatusText(s)}
                </option>
              ))}
            </select>
            {editDelete('action', a, a.title, deleteAction)}
          </div>
        )}
      />
      {is('action') ? (
        <ActionForm
          key={editing?.id ?? `new-${pending?.serial ?? 0}`}
          doc={doc}
          action={registers.actions.find((a) => a.id === editing?.id)}
          draft={editing?.id ? undefined : (actionDraft ?? emptyDraft(doc))}
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
        addButton('action', t('registers.addAction'))
      )}

      <h3>{t('registers.measures')}</h3>
      <MeasureTable
        registers={registers}
        controls={(m) => (
          <div className="row">{editDelete('measure', m, m.name, deleteMeasure)}</div>
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
        addButton('measure', t('registers.addMeasure'))
      )}
      <MeasureTrends measures={registers.measures} values={registers.measureValues} doc={doc} />

      <SuggestionInbox doc={doc} suggestions={registers.suggestions} />
    </section>
  );
}
