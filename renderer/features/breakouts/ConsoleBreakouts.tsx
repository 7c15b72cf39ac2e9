// The facilitator's breakouts for the board the room is on: split the room (into N groups or
// groups of K; randomly, mixing by an attribute the room was asked for, by self-selection with a
// cap, or by hand), then every group side by side (or one at a time) with its members, who is
// done and its notes; move people by keyboard (each member's menu) or by dragging; broadcast a
// message; on a private-writing board, reveal each group's notes to its members (one group or
// all) and open and close each group's voting; recall (by hand; the host recalls when the
// countdown ends); then the report-out on the projector, group by group, and lifting a group's
// notes onto the room's board or into the registers.
import './breakouts.css';
import { useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useRoomBoards } from '../board/useRoomBoards';
import { facilitatorViewer } from '../board/boardKeys';
import { useBreakouts, useReadyChanges } from './useBreakouts';
import { facilitatorGroupKeys } from './groupKeys';
import { GroupNotes } from './GroupNotes';
import { GroupControls } from './GroupControls';
import { usePresence } from '../../stores/presenceStore';
import { hostNow } from '../../sync/hostClock';
import { readReadiness } from '../../../shared/model/board/readiness';
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

const RULES: { id: BreakoutRule; label: string }[] = [
  { id: 'random', label: 'Randomly, evenly' },
  { id: 'attribute', label: 'Mixing by an attribute' },
  { id: 'self', label: 'People choose (with a cap)' },
  { id: 'hand', label: 'By hand' },
];

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ConsoleBreakouts(props: {
  doc: Y.Doc;
  awareness: Awareness;
  sessionId: string;
  facilitatorKey: string;
}) {
  const { doc, sessionId, facilitatorKey } = props;
  const { current } = useRoomBoards(doc);
  const state = useBreakouts(doc);
  const viewer = useMemo(
    () => facilitatorViewer(sessionId, facilitatorKey),
    [sessionId, facilitatorKey],
  );
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => void) => {
    setError(null);
    try {
      fn();
    } catch (e) {
      setError(message(e));
    }
  };
  if (!current) return null;
  const blockId = current.boardBlockId;
  const b = state.byBlock[blockId] ?? null;
  // Folded until the room has split, so the board keeps its place on the first screen.
  return (
    <section className="card breakout-console" aria-labelledby="breakouts-heading">
      <details open={!!b}>
        <summary>
          <h2 id="breakouts-heading">
            Breakouts{b ? ` · ${b.plan.groups.length} groups` : ': split the room into groups'}
            {b?.state === 'running' && <span className="badge"> running</span>}
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
  const { ask, people } = useBreakouts(props.doc);
  const [by, setBy] = useState<'count' | 'size'>('count');
  const [n, setN] = useState(3);
  const [rule, setRule] = useState<BreakoutRule>('random');
  const [attribute, setAttribute] = useState(ask?.attribute ?? 'Team');
  const [choices, setChoices] = useState(ask?.choices.join(', ') ?? 'Product, Engineering');
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
    <form className="breakout-form" onSubmit={submit} aria-label="Split the room">
      <label>
        Split into
        <select value={by} onChange={(e) => setBy(e.target.value as 'count' | 'size')}>
          <option value="count">a number of groups</option>
          <option value="size">groups of a size</option>
        </select>
      </label>
      <label>
        {by === 'count' ? 'Groups' : 'People per group'}
        <input type="number" min={1} value={n} onChange={(e) => setN(Number(e.target.value))} />
      </label>
      <label>
        How
        <select value={rule} onChange={(e) => setRule(e.target.value as BreakoutRule)}>
          {RULES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      {rule === 'self' && (
        <label>
          Cap per group
          <input
            type="number"
            min={1}
            value={cap}
            onChange={(e) => setCap(Number(e.target.value))}
          />
        </label>
      )}
      <label>
        Report-out minutes per group
        <input
          type="number"
          min={0}
          value={reportMinutes}
          onChange={(e) => setReportMinutes(Number(e.target.value))}
        />
      </label>
      <button type="submit" className="primary">
        {props.again ? 'Split again' : 'Split the room'}
      </button>
      <span className="muted">{props.people} in the room</span>
    </form>
  );
  return (
    <>
      <fieldset className="breakout-form breakout-ask-form">
        <legend>Ask the room (for mixing)</legend>
        <label>
          Attribute
          <input value={attribute} onChange={(e) => setAttribute(e.target.value)} />
        </label>
        <label>
          Values (comma-separated)
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
          Ask the room
        </button>
        {ask && (
          <span className="muted" role="status">
            Asked: {ask.attribute} ({ask.choices.join(', ')}): {answered} answered
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
  const { names, people } = useBreakouts(doc);
  const online = usePresence(props.awareness, (s) => s.online);
  useReadyChanges(doc); // re-render as groups say they are done
  const onlineIds = useMemo(() => new Set(online.map((u) => u.participantId)), [online]);
  const [text, setText] = useState('');
  const [one, setOne] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const keys = useMemo(() => facilitatorGroupKeys(viewer, b), [viewer, b]);
  const keyed = useMemo(() => ({ ...viewer, boardKeys: keys }), [viewer, keys]);
  const groups = membersByGroup(b);
  const unplaced = people.filter((p) => !b.members.has(p.id));
  const attrOf = new Map(people.map((p) => [p.id, p.attribute]));

  // One countdown for all: when it runs out on this block, the host recalls every page.
  const voting = (groupId: string | null, open: boolean) =>
    run(() => setGroupVoting(doc, { blockId: b.blockId, groupId, open, facilitator: viewer }));
  const reveal = (groupId: string | null) =>
    run(() => revealToGroup(doc, { blockId: b.blockId, groupId, facilitator: viewer }));

  const move = (participantId: string, groupId: string | null) =>
    run(() => moveMember(doc, { blockId: b.blockId, participantId, groupId, facilitator: viewer }));
  const moveMenu = (pid: string, at: string | null) => (
    <select
      aria-label={`Move ${names[pid] ?? pid}`}
      value={at ?? ''}
      onChange={(e) => move(pid, e.target.value || null)}
    >
      <option value="">No group</option>
      {b.plan.groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </select>
  );
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
            Message to every group{' '}
            <input
              value={text}
              maxLength={140}
              placeholder="5 minutes left"
              onChange={(e) => setText(e.target.value)}
            />
          </label>{' '}
          <button type="submit">Broadcast</button>
        </form>
        <button
          type="button"
          onClick={() => run(() => reshuffle(doc, { blockId: b.blockId, facilitator: viewer }))}
        >
          Reshuffle
        </button>
        {!b.plan.shared && (
          <button
            type="button"
            disabled={b.revealed.size === b.plan.groups.length}
            onClick={() => reveal(null)}
          >
            Reveal to every group
          </button>
        )}
        <button type="button" onClick={() => voting(null, true)}>
          Open voting in every group
        </button>
        <button type="button" onClick={() => voting(null, false)}>
          Close voting in every group
        </button>
        <label>
          Show{' '}
          <select value={one ?? ''} onChange={(e) => setOne(e.target.value || null)}>
            <option value="">All groups side by side</option>
            {b.plan.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} only
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
          Recall everyone
        </button>
      </div>
      {b.broadcast && (
        <p className="breakout-broadcast" role="status">
          Sent: {b.broadcast.text}
        </p>
      )}
      {unplaced.length > 0 && (
        <div className="breakout-unplaced">
          <h3>Not in a group ({unplaced.length})</h3>
          <ul className="breakout-members">
            {unplaced.map((p) => (
              <li
                key={p.id}
                draggable
                onDragStart={() => setDragging(p.id)}
                onDragEnd={() => setDragging(null)}
              >
                <span>{names[p.id] ?? p.id}</span>
                {moveMenu(p.id, null)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={`breakout-groups${one ? ' one' : ''}`}>
        {shown.map((g) => {
          const members = groups.get(g.id) ?? [];
          const here = members.filter((p) => onlineIds.has(p)).length;
          const boardId = groupBoardId(b.blockId, g.id);
          const done = readReadiness(doc, boardId, viewer, members).done;
          return (
            <section
              key={g.id}
              className={`breakout-group${over === g.id ? ' drop-target' : ''}`}
              aria-label={g.name}
              data-group={g.id}
              onDragOver={(e) => {
                if (!dragging) return;
                e.preventDefault();
                setOver(g.id);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                if (dragging) move(dragging, g.id);
                setDragging(null);
              }}
            >
              <h3>
                <span>{g.name}</span>
                {done > 0 ? (
                  <span className="breakout-done">✓ done</span>
                ) : members.length === 0 ? (
                  <span className="breakout-empty">empty</span>
                ) : (
                  <span className="muted">
                    {here} of {members.length} here
                  </span>
                )}
              </h3>
              <ul className="breakout-members" aria-label={`${g.name} members`}>
                {members.map((pid) => (
                  <li
                    key={pid}
                    draggable
                    onDragStart={() => setDragging(pid)}
                    onDragEnd={() => setDragging(null)}
                  >
                    <span>
                      {onlineIds.has(pid) ? '● ' : '○ '}
                      {names[pid] ?? 'Someone'}
                      {b.plan.rule === 'attribute' && attrOf.get(pid) ? (
                        <span className="muted"> · {attrOf.get(pid)}</span>
                      ) : null}
                    </span>
                    {moveMenu(pid, g.id)}
                  </li>
                ))}
              </ul>
              {members.length === 0 && (
                <p className="breakout-empty">
                  Everyone has left this group: move people here, or newcomers fill it first.
                </p>
              )}
              <GroupControls
                doc={doc}
                boardId={boardId}
                viewer={keyed}
                reads={groupReads(b, g.id)}
                onReveal={() => reveal(g.id)}
                onVoting={(open) => voting(g.id, open)}
              />
              <GroupNotes doc={doc} boardId={boardId} viewer={keyed} label={`${g.name} notes`} />
            </section>
          );
        })}
      </div>
    </>
  );
}

function ReportOut(props: {
  doc: Y.Doc;
  b: Breakout;
  viewer: BoardViewer;
  run: (fn: () => void) => void;
}) {
  const { doc, b, viewer, run } = props;
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
  return (
    <div className="breakout-report">
      <div className="breakout-tools" role="group" aria-label="Report-out">
        <strong>Report-out on the projector:</strong>
        <button
          type="button"
          disabled={index <= 0}
          onClick={() => show(b.plan.groups[index - 1]!.id)}
        >
          ← Previous group
        </button>
        <button
          type="button"
          className="primary"
          disabled={index >= b.plan.groups.length - 1}
          onClick={() => show(b.plan.groups[index + 1]!.id)}
        >
          {index < 0 ? 'Start with Group 1' : 'Next group →'}
        </button>
        {at && (
          <button type="button" onClick={() => show(null)}>
            End report-out
          </button>
        )}
        {at && <span role="status">Showing {b.plan.groups[index]?.name}</span>}
      </div>
      <div className={`breakout-groups${at ? ' one' : ''}`}>
        {shown.map((g) => (
          <section key={g.id} className="breakout-group" aria-label={g.name} data-group={g.id}>
            <h3>
              <span>{g.name}</span>
              <span className="muted">
                {(groups.get(g.id) ?? []).map((p) => names[p] ?? 'Someone').join(', ') || 'nobody'}
              </span>
            </h3>
            <GroupNotes
              doc={doc}
              boardId={groupBoardId(b.blockId, g.id)}
              viewer={viewer}
              label={`${g.name} notes`}
              actions={(n) =>
                lifted.has(n.id) ? (
                  <span className="muted">Lifted to {liftLabel(lifted.get(n.id)!)}</span>
                ) : (
                  <>
                    <button type="button" onClick={() => lift(g.id, n.id, n.text, 'room')}>
                      To the room&apos;s board
                    </button>
                    <button type="button" onClick={() => lift(g.id, n.id, n.text, 'decision')}>
                      Decision
                    </button>
                    <button type="button" onClick={() => lift(g.id, n.id, n.text, 'action')}>
                      Action
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

const liftLabel = (to: LiftTarget) =>
  to === 'room' ? "the room's board" : to === 'decision' ? 'decisions' : 'actions';
