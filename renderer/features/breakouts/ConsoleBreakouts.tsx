// The facilitator's breakouts for the board the room is on: split the room (into N groups or
// groups of K; randomly, mixing by an attribute the room was asked for, by self-selection with a
// cap, or by hand), then every group side by side (or one at a time) with its members, who is
// done and its notes; move people by keyboard (each member's menu) or by dragging; broadcast a
// message; on a private-writing board, reveal each group's notes to its members (one group or
// all) and open and close each group's voting; recall (by hand; the host recalls when the
// countdown ends); then the report-out on the projector, group by group, and lifting a group's
// notes onto the room's board or into the registers.
import './breakouts.css';
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FormEvent,
} from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useRoomBoards } from '../board/useRoomBoards';
import { facilitatorViewer } from '../board/boardKeys';
import { useBreakouts, useReadyChanges } from './useBreakouts';
import { useT } from '../../i18n/useT';
import { facilitatorGroupKeys } from './groupKeys';
import { GroupNotes } from './GroupNotes';
import { GroupControls } from './GroupControls';
import { mmss, useSecondsLeft } from './reportClock';
import { usePresence } from '../../stores/presenceStore';
import { hostNow } from '../../sync/hostClock';
import { readReadiness } from '../../../shared/model/board/readiness';
import { countedParticipants } from '../../../shared/model/roster/read';
import {
  askAttribute,
  broadcast,
  liftNote,
  moveMember,
  recallBreakout,
  reshuffle,
  revealToGroup,
  setGroupVoting,
  showGroup,
  startBreakout,
} from '../../../shared/model/breakouts/commands';
import {
  groupBoardId,
  groupReads,
  membersByGroup,
  type Breakout,
  type BreakoutRule,
  type LiftTarget,
} from '../../../shared/model/breakouts/read';
import type { BoardViewer } from '../../../shared/model/board/boardDoc';
import { errorText } from '../../i18n/validation';

const RULES: BreakoutRule[] = ['random', 'attribute', 'self', 'hand'];

const message = (e: unknown) => errorText(e);

export function ConsoleBreakouts(props: {
  doc: Y.Doc;
  awareness: Awareness;
  sessionId: string;
  facilitatorKey: string;
}) {
  const { doc, sessionId, facilitatorKey } = props;
  const t = useT();
  const { current } = useRoomBoards(doc);
  const state = useBreakouts(doc);
  const viewer = useMemo(
    () => facilitatorViewer(sessionId, facilitatorKey),
    [sessionId, facilitatorKey],
  );
  const [error, setError] = useState<string | null>(null);
  // Stable, so the group cards (memo) are not re-rendered by the console's own renders.
  const run = useCallback((fn: () => void) => {
    setError(null);
    try {
      fn();
    } catch (e) {
      setError(message(e));
    }
  }, []);
  if (!current) return null;
  const blockId = current.boardBlockId;
  const b = state.byBlock[blockId] ?? null;
  // Folded until the room has split, so the board keeps its place on the first screen.
  return (
    <section className="card breakout-console" aria-labelledby="breakouts-heading">
      <details open={!!b}>
        <summary>
          <h2 id="breakouts-heading">
            {b
              ? t('breakouts.heading.split', { n: b.plan.groups.length })
              : t('breakouts.heading.unsplit')}
            {b?.state === 'running' && <span className="badge"> {t('breakouts.running')}</span>}
          </h2>
        </summary>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {b?.state === 'running' ? (
          <RunningBreakout {...props} b={b} viewer={viewer} run={run} />
        ) : (
          <>
            {b && <ReportOut {...props} b={b} viewer={viewer} run={run} />}
            <SplitForm
              doc={doc}
              blockId={blockId}
              agendaBlockId={current.block.id}
              viewer={viewer}
              run={run}
              again={!!b}
              people={state.people.length}
            />
          </>
        )}
      </details>
    </section>
  );
}

function SplitForm(props: {
  doc: Y.Doc;
  blockId: string;
  agendaBlockId: string;
  viewer: BoardViewer;
  run: (fn: () => void) => void;
  again: boolean;
  people: number;
}) {
  const t = useT();
  const { ask, people } = useBreakouts(props.doc);
  const [by, setBy] = useState<'count' | 'size'>('count');
  const [n, setN] = useState(3);
  const [rule, setRule] = useState<BreakoutRule>('random');
  const [attribute, setAttribute] = useState(ask?.attribute ?? t('breakouts.ask.defaultAttribute'));
  const [choices, setChoices] = useState(
    ask?.choices.join(', ') ?? t('breakouts.ask.defaultValues'),
  );
  const [cap, setCap] = useState(4);
  const [reportMinutes, setReportMinutes] = useState(0);
  const answered = people.filter((p) => p.attribute && ask?.choices.includes(p.attribute)).length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.run(() =>
      startBreakout(props.doc, {
        blockId: props.blockId,
        ...(by === 'count' ? { count: n } : { size: n }),
        rule,
        cap: rule === 'self' ? cap : null,
        reportMinutes: reportMinutes > 0 ? reportMinutes : null,
        agendaBlockId: props.agendaBlockId,
        now: hostNow(),
        facilitator: props.viewer,
      }),
    );
  };
  const form = (
    <form className="breakout-form" onSubmit={submit} aria-label={t('breakouts.split.form')}>
      <label>
        {t('breakouts.split.into')}
        <select value={by} onChange={(e) => setBy(e.target.value as 'count' | 'size')}>
          <option value="count">{t('breakouts.split.byCount')}</option>
          <option value="size">{t('breakouts.split.bySize')}</option>
        </select>
      </label>
      <label>
        {by === 'count' ? t('breakouts.split.groups') : t('breakouts.split.perGroup')}
        <input type="number" min={1} value={n} onChange={(e) => setN(Number(e.target.value))} />
      </label>
      <label>
        {t('breakouts.split.how')}
        <select value={rule} onChange={(e) => setRule(e.target.value as BreakoutRule)}>
          {RULES.map((r) => (
            <option key={r} value={r}>
              {t('breakouts.rule', { rule: r })}
            </option>
          ))}
        </select>
      </label>
      {rule === 'self' && (
        <label>
          {t('breakouts.split.cap')}
          <input
            type="number"
            min={1}
            value={cap}
            onChange={(e) => setCap(Number(e.target.value))}
          />
        </label>
      )}
      <label>
        {t('breakouts.split.reportMinutes')}
        <input
          type="number"
          min={0}
          value={reportMinutes}
          onChange={(e) => setReportMinutes(Number(e.target.value))}
        />
      </label>
      <button type="submit" className="primary">
        {props.again ? t('breakouts.split.again') : t('breakouts.split.form')}
      </button>
      <span className="muted">{t('breakouts.split.inRoom', { n: props.people })}</span>
    </form>
  );
  return (
    <>
      <fieldset className="breakout-form breakout-ask-form">
        <legend>{t('breakouts.ask.legend')}</legend>
        <label>
          {t('breakouts.ask.attribute')}
          <input value={attribute} onChange={(e) => setAttribute(e.target.value)} />
        </label>
        <label>
          {t('breakouts.ask.values')}
          <input value={choices} onChange={(e) => setChoices(e.target.value)} />
        </label>
        <button
          type="button"
          onClick={() =>
            props.run(() =>
              askAttribute(props.doc, {
                attribute,
                choices: choices.split(','),
                facilitator: props.viewer,
              }),
            )
          }
        >
          {t('breakouts.ask.button')}
        </button>
        {ask && (
          <span className="muted" role="status">
            {t('breakouts.ask.asked', {
              attribute: ask.attribute,
              values: ask.choices.join(', '),
              n: answered,
            })}
          </span>
        )}
      </fieldset>
      {form}
    </>
  );
}

function RunningBreakout(props: {
  doc: Y.Doc;
  awareness: Awareness;
  b: Breakout;
  viewer: BoardViewer;
  run: (fn: () => void) => void;
}) {
  const { doc, b, viewer, run } = props;
  const t = useT();
  const { names, people } = useBreakouts(doc);
  const online = usePresence(props.awareness, (s) => s.online);
  const readyChanges = useReadyChanges(doc); // the groups re-read who is done
  const onlineIds = useMemo(() => new Set(online.map((u) => u.participantId)), [online]);
  const [text, setText] = useState('');
  const [one, setOne] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const keys = useMemo(() => facilitatorGroupKeys(viewer, b), [viewer, b]);
  const keyed = useMemo(() => ({ ...viewer, boardKeys: keys }), [viewer, keys]);
  const groups = useMemo(() => membersByGroup(b), [b]);
  const unplaced = people.filter((p) => !b.members.has(p.id));
  const attrOf = useMemo(() => new Map(people.map((p) => [p.id, p.attribute])), [people]);
  // Who counts changes with the roster, which `people` follows: walked once, not per group.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `people` changes with the roster
  const counted = useMemo(() => countedParticipants(doc), [doc, people]);

  // One countdown for all: when it runs out on this block, the host recalls every page.
  const { blockId } = b;
  const voting = useCallback(
    (groupId: string | null, open: boolean) =>
      run(() => setGroupVoting(doc, { blockId, groupId, open, facilitator: viewer })),
    [run, doc, blockId, viewer],
  );
  const reveal = useCallback(
    (groupId: string | null) =>
      run(() => revealToGroup(doc, { blockId, groupId, facilitator: viewer })),
    [run, doc, blockId, viewer],
  );
  // A drag carries the participant (some browsers start no drag without data).
  const startDrag = useCallback((e: DragEvent, participantId: string) => {
    e.dataTransfer.setData('text/plain', participantId);
    e.dataTransfer.effectAllowed = 'move';
    setDragging(participantId);
  }, []);
  const move = useCallback(
    (participantId: string, groupId: string | null) =>
      run(() => moveMember(doc, { blockId, participantId, groupId, facilitator: viewer })),
    [run, doc, blockId, viewer],
  );
  // Who is being dragged, for a drop handler that stays the same object.
  const draggingRef = useRef<string | null>(null);
  draggingRef.current = dragging;
  const drop = useCallback(
    (groupId: string) => {
      setOver(null);
      if (draggingRef.current) move(draggingRef.current, groupId);
      setDragging(null);
    },
    [move],
  );
  const endDrag = useCallback(() => setDragging(null), []);
  const shown = one ? b.plan.groups.filter((g) => g.id === one) : b.plan.groups;
  return (
    <>
      <div className="breakout-tools">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(() => {
              broadcast(doc, { blockId: b.blockId, text, now: hostNow(), facilitator: viewer });
              setText('');
            });
          }}
        >
          <label>
            {t('breakouts.broadcast.label')}{' '}
            <input
              value={text}
              maxLength={140}
              placeholder={t('breakouts.broadcast.placeholder')}
              onChange={(e) => setText(e.target.value)}
            />
          </label>{' '}
          <button type="submit">{t('breakouts.broadcast.send')}</button>
        </form>
        <button
          type="button"
          onClick={() => run(() => reshuffle(doc, { blockId: b.blockId, facilitator: viewer }))}
        >
          {t('breakouts.reshuffle')}
        </button>
        {!b.plan.shared && (
          <button
            type="button"
            disabled={b.revealed.size === b.plan.groups.length}
            onClick={() => reveal(null)}
          >
            {t('breakouts.revealAll')}
          </button>
        )}
        <button type="button" onClick={() => voting(null, true)}>
          {t('breakouts.openVotingAll')}
        </button>
        <button type="button" onClick={() => voting(null, false)}>
          {t('breakouts.closeVotingAll')}
        </button>
        <label>
          {t('breakouts.show')}{' '}
          <select value={one ?? ''} onChange={(e) => setOne(e.target.value || null)}>
            <option value="">{t('breakouts.show.all')}</option>
            {b.plan.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {t('breakouts.show.one', { name: g.name })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          onClick={() =>
            run(() => recallBreakout(doc, { blockId: b.blockId, facilitator: viewer }))
          }
        >
          {t('breakouts.recall')}
        </button>
      </div>
      {b.broadcast && (
        <p className="breakout-broadcast" role="status">
          {t('breakouts.broadcast.sent', { text: b.broadcast.text })}
        </p>
      )}
      {unplaced.length > 0 && (
        <div className="breakout-unplaced">
          <h3>{t('breakouts.unplaced', { n: unplaced.length })}</h3>
          <ul className="breakout-members">
            {unplaced.map((p) => (
              <li
                key={p.id}
                draggable
                onDragStart={(e) => startDrag(e, p.id)}
                onDragEnd={() => setDragging(null)}
              >
                <span>{names[p.id] ?? p.id}</span>
                <MoveMenu b={b} pid={p.id} at={null} name={names[p.id] ?? p.id} move={move} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={`breakout-groups${one ? ' one' : ''}`}>
        {shown.map((g) => {
          const members = groups.get(g.id) ?? [];
          return (
            <GroupCard
              key={g.id}
              doc={doc}
              b={b}
              group={g}
              members={members}
              online={members.filter((p) => onlineIds.has(p)).join(' ')}
              names={names}
              attrOf={attrOf}
              counted={counted}
              readyChanges={readyChanges}
              viewer={keyed}
              dropTarget={over === g.id}
              dragging={dragging !== null}
              onOver={setOver}
              onDrop={drop}
              onDragStart={startDrag}
              onDragEnd={endDrag}
              move={move}
              reveal={reveal}
              voting={voting}
            />
          );
        })}
      </div>
    </>
  );
}

/** Moves one person to a group (or out of every group, where the rule allows it), by keyboard. */
function MoveMenu(props: {
  b: Breakout;
  pid: string;
  at: string | null;
  name: string;
  move: (participantId: string, groupId: string | null) => void;
}) {
  const t = useT();
  const { b, pid, at } = props;
  return (
    <select
      aria-label={t('breakouts.move', { name: props.name })}
      value={at ?? ''}
      onChange={(e) => props.move(pid, e.target.value || null)}
    >
      {/* Under an automatic rule the host places anyone out of a group again at once. */}
      {(at === null || b.plan.rule === 'hand' || b.plan.rule === 'self') && (
        <option value="">{t('breakouts.noGroup')}</option>
      )}
      {b.plan.groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </select>
  );
}

/**
 * One group while the breakout runs: who is in it (and here), whether it is done, its controls
 * and notes. A memo: at 500 people in 50 groups each card holds ten people with a 50-group move
 * menu, and typing a broadcast, a presence change elsewhere or another group's note must not
 * redraw the other 49 (roomGroups bench, console page).
 */
const GroupCard = memo(function GroupCard(props: {
  doc: Y.Doc;
  b: Breakout;
  group: { id: string; name: string };
  members: string[];
  /** The members online now, space-separated (a string, so an unchanged group skips a render). */
  online: string;
  names: Record<string, string>;
  attrOf: Map<string, string>;
  counted: Set<string> | null;
  /** Changes when any "done" flag changes: the card re-reads its own. */
  readyChanges: number;
  viewer: BoardViewer;
  dropTarget: boolean;
  dragging: boolean;
  onOver: (groupId: string | null) => void;
  onDrop: (groupId: string) => void;
  onDragStart: (e: DragEvent, participantId: string) => void;
  onDragEnd: () => void;
  move: (participantId: string, groupId: string | null) => void;
  reveal: (groupId: string | null) => void;
  voting: (groupId: string | null, open: boolean) => void;
}) {
  const t = useT();
  const { doc, b, group: g, members, names, attrOf, viewer } = props;
  const onlineIds = new Set(props.online.split(' '));
  const here = members.filter((p) => onlineIds.has(p)).length;
  const boardId = groupBoardId(b.blockId, g.id);
  const done = readReadiness(doc, boardId, viewer, members, props.counted).done;
  return (
    <section
      className={`breakout-group${props.dropTarget ? ' drop-target' : ''}`}
      aria-label={g.name}
      data-group={g.id}
      onDragOver={(e) => {
        if (!props.dragging) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        props.onOver(g.id);
      }}
      onDragLeave={() => props.onOver(null)}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop(g.id);
      }}
    >
      <h3>
        <span>{g.name}</span>
        {done > 0 ? (
          <span className="breakout-done">{t('breakouts.group.done')}</span>
        ) : members.length === 0 ? (
          <span className="breakout-empty">{t('breakouts.group.empty')}</span>
        ) : (
          <span className="muted">{t('breakouts.group.here', { here, n: members.length })}</span>
        )}
      </h3>
      <ul className="breakout-members" aria-label={t('breakouts.group.members', { name: g.name })}>
        {members.map((pid) => (
          <li
            key={pid}
            draggable
            onDragStart={(e) => props.onDragStart(e, pid)}
            onDragEnd={props.onDragEnd}
          >
            <span>
              {onlineIds.has(pid) ? '● ' : '○ '}
              {names[pid] ?? t('breakouts.someone')}
              {b.plan.rule === 'attribute' && attrOf.get(pid) ? (
                <span className="muted"> · {attrOf.get(pid)}</span>
              ) : null}
            </span>
            <MoveMenu b={b} pid={pid} at={g.id} name={names[pid] ?? pid} move={props.move} />
          </li>
        ))}
      </ul>
      {members.length === 0 && <p className="breakout-empty">{t('breakouts.group.emptied')}</p>}
      <GroupControls
        doc={doc}
        boardId={boardId}
        viewer={viewer}
        reads={groupReads(b, g.id)}
        onReveal={() => props.reveal(g.id)}
        onVoting={(open) => props.voting(g.id, open)}
      />
      <GroupNotes
        doc={doc}
        boardId={boardId}
        viewer={viewer}
        label={t('breakouts.group.notes', { name: g.name })}
      />
    </section>
  );
});

function ReportOut(props: {
  doc: Y.Doc;
  b: Breakout;
  viewer: BoardViewer;
  run: (fn: () => void) => void;
}) {
  const { doc, b, viewer, run } = props;
  const t = useT();
  const { names } = useBreakouts(doc);
  const groups = membersByGroup(b);
  const at = b.report.groupId;
  const index = at ? b.plan.groups.findIndex((g) => g.id === at) : -1;
  const show = (groupId: string | null) =>
    run(() => showGroup(doc, { blockId: b.blockId, groupId, now: hostNow(), facilitator: viewer }));
  const lifted = new Map(b.lifted.map((l) => [l.noteId, l.to]));
  const lift = (groupId: string, noteId: string, text: string, to: LiftTarget) =>
    run(() =>
      liftNote(doc, {
        blockId: b.blockId,
        groupId,
        noteId,
        text,
        to,
        facilitator: viewer,
        now: hostNow(),
      }),
    );
  const shown = at ? b.plan.groups.filter((g) => g.id === at) : b.plan.groups;
  const left = useSecondsLeft(at ? b.report.endsAt : null);
  return (
    <div className="breakout-report">
      <div className="breakout-tools" role="group" aria-label={t('breakouts.report')}>
        <strong>{t('breakouts.report.title')}</strong>
        <button
          type="button"
          disabled={index <= 0}
          onClick={() => show(b.plan.groups[index - 1]!.id)}
        >
          {t('breakouts.report.previous')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={index >= b.plan.groups.length - 1}
          onClick={() => show(b.plan.groups[index + 1]!.id)}
        >
          {index < 0
            ? t('breakouts.report.start', { name: b.plan.groups[0]?.name ?? '' })
            : t('breakouts.report.next')}
        </button>
        {at && (
          <button type="button" onClick={() => show(null)}>
            {t('breakouts.report.end')}
          </button>
        )}
        {at && (
          <span role="status">
            {t('breakouts.report.showing', { name: b.plan.groups[index]?.name ?? '' })}
            {left !== null && ` · ${t('breakouts.report.left', { time: mmss(left) })}`}
          </span>
        )}
      </div>
      <div className={`breakout-groups${at ? ' one' : ''}`}>
        {shown.map((g) => (
          <section key={g.id} className="breakout-group" aria-label={g.name} data-group={g.id}>
            <h3>
              <span>{g.name}</span>
              <span className="muted">
                {(groups.get(g.id) ?? [])
                  .map((p) => names[p] ?? t('breakouts.someone'))
                  .join(', ') || t('breakouts.nobody')}
              </span>
            </h3>
            <GroupNotes
              doc={doc}
              boardId={groupBoardId(b.blockId, g.id)}
              viewer={viewer}
              label={t('breakouts.group.notes', { name: g.name })}
              actions={(n) =>
                lifted.has(n.id) ? (
                  <span className="muted">{t('breakouts.lifted', { to: lifted.get(n.id)! })}</span>
                ) : (
                  <>
                    <button type="button" onClick={() => lift(g.id, n.id, n.text, 'room')}>
                      {t('breakouts.lift.room')}
                    </button>
                    <button type="button" onClick={() => lift(g.id, n.id, n.text, 'decision')}>
                      {t('breakouts.lift.decision')}
                    </button>
                    <button type="button" onClick={() => lift(g.id, n.id, n.text, 'action')}>
                      {t('breakouts.lift.action')}
                    </button>
                  </>
                )
              }
            />
          </section>
        ))}
      </div>
    </div>
  );
}
