// The facilitator's forms for one decision or action: empty to add, filled to edit. Every write
// goes through the register commands; validation errors show beside the form.
import { useId } from 'react';
import type * as Y from 'yjs';
import {
  ACTION_STATUSES,
  type ActionItem,
  type ActionStatus,
  type Decision,
} from '../../../shared/model/registers/names';
import { updateAction, updateDecision } from '../../../shared/model/registers/commands';
import {
  recordAction,
  recordDecision,
  type DecisionDraft,
} from '../../../shared/model/registers/fromRoom';
import { splitLines, splitNames } from './useRegisters';
import {
  BlockSelect,
  RegisterForm,
  SelectField,
  TextField,
  TextFields,
  useValues,
} from './formParts';
import { ValidationError } from '../../../shared/model/limits';
import {
  ownerChoices,
  ownerWarning,
  type ActionDraft,
} from '../../../shared/model/registers/actionDrafts';
import { actionStatusText } from './RegisterLists';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';

const toLocalInput = (ms: number) => {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

/** The decision's text fields after its title: wide two-line areas. */
const area = { wide: true, rows: 2 };
const DECISION_TEXTS = [
  ['context', 'registers.context', area],
  ['options', 'registers.optionsPerLine', area],
  ['decision', 'registers.theDecision', area],
  ['rationale', 'registers.rationale', area],
] as const;

export function DecisionForm(props: {
  doc: Y.Doc;
  decision?: Decision;
  /** What a new decision opens with (a group or note, a parking lot item, the current block). */
  draft?: DecisionDraft;
  onDone: () => void;
}) {
  const t = useT();
  const d = props.decision;
  const draft = props.draft;
  const [v, set] = useValues(() => ({
    title: d?.title ?? draft?.title ?? '',
    context: d?.context ?? draft?.context ?? '',
    options: d?.optionsConsidered.join('\n') ?? '',
    decision: d?.decision ?? '',
    rationale: d?.rationale ?? '',
    mode: d?.dissent.mode ?? ('count' as 'count' | 'names'),
    count: d?.dissent.mode === 'count' ? String(d.dissent.count) : '0',
    names: d?.dissent.mode === 'names' ? d.dissent.names.join(', ') : '',
    block: d?.sourceBlockId ?? draft?.sourceBlockId ?? '',
    decidedAt: toLocalInput(d?.decidedAt ?? Date.now()),
    committed: d?.committed ?? false,
  }));

  const write = () => {
    const at = new Date(v.decidedAt).getTime();
    const fields = {
      title: v.title,
      context: v.context,
      optionsConsidered: splitLines(v.options),
      decision: v.decision,
      rationale: v.rationale,
      dissent:
        v.mode === 'count'
          ? { mode: 'count' as const, count: Number(v.count) }
          : { mode: 'names' as const, names: splitNames(v.names) },
      sourceBlockId: v.block || null,
      decidedAt: Number.isFinite(at) ? at : Date.now(),
      committed: v.committed,
    };
    if (d) updateDecision(props.doc, { id: d.id, ...fields });
    else recordDecision(props.doc, fields, draft);
  };

  return (
    <RegisterForm what="decision" editing={!!d} write={write} onDone={props.onDone}>
      <TextField
        label={t('registers.decisionTitle')}
        wide
        value={v.title}
        // A prefilled form (from the board or the parking lot) takes the focus, to be completed.
        takesFocus={!!draft?.title}
        onChange={set('title')}
      />
      <TextFields specs={DECISION_TEXTS} values={v} set={set} />
      <fieldset className="field">
        <legend>{t('registers.dissentAs')}</legend>
        <label>
          <input type="radio" checked={v.mode === 'count'} onChange={() => set('mode')('count')} />{' '}
          {t('registers.dissentCount')}
        </label>{' '}
        <label>
          <input type="radio" checked={v.mode === 'names'} onChange={() => set('mode')('names')} />{' '}
          {t('registers.dissentNames')}
        </label>
      </fieldset>
      {v.mode === 'count' ? (
        <TextField
          label={t('registers.peopleDissenting')}
          type="number"
          min={0}
          value={v.count}
          onChange={set('count')}
        />
      ) : (
        <TextField label={t('registers.dissentingNames')} value={v.names} onChange={set('names')} />
      )}
      <BlockSelect doc={props.doc} value={v.block} onChange={set('block')} />
      <TextField
        label={t('registers.decidedAt')}
        type="datetime-local"
        value={v.decidedAt}
        onChange={set('decidedAt')}
      />
      <label className="field">
        <input
          type="checkbox"
          checked={v.committed}
          onChange={(e) => set('committed')(e.target.checked)}
        />{' '}
        {t('registers.committed')}
      </label>
    </RegisterForm>
  );
}

const ACTION_TEXTS = [
  ['consulted', 'registers.consultedList'],
  ['informed', 'registers.informedList'],
  ['due', 'registers.dueDate', { type: 'date' }],
  ['measure', 'registers.successMeasure'],
] as const;
const statusOptions = () => ACTION_STATUSES.map((s) => ({ value: s, label: actionStatusText(s) }));

export function ActionForm(props: {
  doc: Y.Doc;
  action?: ActionItem;
  /** What a new action opens with (promoted note, accepted suggestion, the current block). */
  draft?: ActionDraft;
  onSaved?: (id: string) => void;
  onDone: () => void;
}) {
  useT();
  const a = props.action;
  const draft = props.draft;
  const [v, set] = useValues(() => ({
    title: a?.title ?? draft?.title ?? '',
    responsible: a?.responsible ?? draft?.responsible ?? '',
    // "No owner, no action": the first save without a Responsible warns, the second saves.
    warned: null as string | null,
    accountable: a?.accountable ?? '',
    consulted: a?.consulted.join(', ') ?? '',
    informed: a?.informed.join(', ') ?? '',
    due: a?.due ?? '',
    measure: a?.successMeasure ?? draft?.successMeasure ?? '',
    status: a?.status ?? ('open' as ActionStatus),
    block: a?.sourceBlockId ?? draft?.sourceBlockId ?? '',
  }));
  const owners = ownerChoices(props.doc);
  const ownersId = useId();
  const hintId = useId();

  const write = () => {
    const warning = ownerWarning(v.responsible);
    if (warning && v.warned !== v.responsible.trim()) {
      set('warned')(v.responsible.trim());
      throw new ValidationError(t('registers.noOwner'));
    }
    const fields = {
      title: v.title,
      responsible: v.responsible,
      accountable: v.accountable,
      consulted: splitNames(v.consulted),
      informed: splitNames(v.informed),
      due: v.due || null,
      successMeasure: v.measure,
      status: v.status,
      sourceBlockId: v.block || null,
    };
    if (a) updateAction(props.doc, { id: a.id, ...fields });
    else props.onSaved?.(recordAction(props.doc, fields, draft));
  };

  return (
    <RegisterForm what="action" editing={!!a} write={write} onDone={props.onDone}>
      <TextField
        label={t('registers.actionTitle')}
        wide
        value={v.title}
        // A prefilled form (promoted, accepted) takes the focus, so it is seen and completed.
        takesFocus={!!draft?.title}
        onChange={set('title')}
      />
      <datalist id={ownersId}>
        {owners.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <TextField
        label={t('registers.responsibleOwner')}
        list={ownersId}
        autoComplete="off"
        aria-describedby={hintId}
        value={v.responsible}
        onChange={set('responsible')}
      />
      <p id={hintId} className="visually-hidden">
        {t('registers.ownerHint')}
      </p>
      <TextField
        label={t('registers.accountable')}
        list={ownersId}
        autoComplete="off"
        value={v.accountable}
        onChange={set('accountable')}
      />
      <TextFields specs={ACTION_TEXTS} values={v} set={set} />
      <SelectField
        label={t('registers.status')}
        value={v.status}
        onChange={set('status')}
        options={statusOptions()}
      />
      <BlockSelect doc={props.doc} value={v.block} onChange={set('block')} />
    </RegisterForm>
  );
}
