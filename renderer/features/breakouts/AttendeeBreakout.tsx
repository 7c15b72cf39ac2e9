// The attendee's side of a breakout, on the room's board tab: while the block's breakout runs,
// their group's name, who is in it, the facilitator's latest message and their group's board
// (and nothing of the other groups'); under self-selection, the groups to pick from (full ones
// cannot be picked); otherwise the room's board. Publishes their box key (so the host can seal
// their group's key to them) and asks for the attribute value the facilitator mixes by.
import './breakouts.css';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useRoomBoards } from '../board/useRoomBoards';
import { useBreakouts } from './useBreakouts';
import { useT } from '../../i18n/useT';
import { attendeeGroupKeys } from './groupKeys';
import { pickGroup, setOwnBreakoutFields } from '../../../shared/model/breakouts/attendeeCommands';
import { groupBoardId, membersByGroup } from '../../../shared/model/breakouts/read';
import { errorText } from '../../i18n/validation';

export interface GroupBoard {
  boardId: string;
  title: string;
  keys: ReadonlyMap<string, Uint8Array>;
}

export function AttendeeBreakout(props: {
  doc: Y.Doc;
  participantId: string;
  authorKey: Uint8Array | undefined;
  board: (group: GroupBoard | null) => ReactNode;
}) {
  const { doc, participantId, authorKey } = props;
  const t = useT();
  const { byBlock, names, people, ask, sight } = useBreakouts(doc);
  const { current } = useRoomBoards(doc);
  const [error, setError] = useState<string | null>(null);
  const joined = participantId in names;
  const mine = people.find((p) => p.id === participantId);

  useEffect(() => {
    if (!joined || !authorKey) return;
    try {
      setOwnBreakoutFields(doc, { participantId, authorKey });
    } catch {
      // not joined yet on this replica: the next change of names runs this again
    }
  }, [doc, joined, participantId, authorKey]);

  const sightMine = sight.filter((k) => k.endsWith(`/${encodeURIComponent(participantId)}`));
  const sightKey = sightMine.join(' ');
  const keys = useMemo(
    () => attendeeGroupKeys(doc, { participantId, isFacilitator: false, authorKey }),
    // Re-opened when this participant's sealed copies change (sightKey), not on every change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, participantId, authorKey, sightKey],
  );

  const b = current ? byBlock[current.boardBlockId] : undefined;
  const running = b?.state === 'running' ? b : null;
  const groupId = running?.members.get(participantId) ?? null;
  const group = running && groupId ? running.plan.groups.find((g) => g.id === groupId) : null;
  const boardId = running && group ? groupBoardId(running.blockId, group.id) : null;
  const groupBoard = useMemo(
    () => (boardId && group ? { boardId, title: group.name, keys } : null),
    [boardId, group, keys],
  );

  const askCard = ask && joined && (
    <section className="card breakout-ask" aria-labelledby="breakout-ask-heading">
      <h2 id="breakout-ask-heading">{t('breakout.ask.title', { attribute: ask.attribute })}</h2>
      <div className="breakout-choices" role="group" aria-label={ask.attribute}>
        {ask.choices.map((c) => (
          <button
            key={c}
            type="button"
            aria-pressed={mine?.attribute === c}
            className={mine?.attribute === c ? 'primary' : ''}
            onClick={() => setOwnBreakoutFields(doc, { participantId, attribute: c })}
          >
            {c}
          </button>
        ))}
      </div>
    </section>
  );

  if (!running)
    return (
      <>
        {!mine?.attribute && askCard}
        {props.board(null)}
      </>
    );

  const broadcast = running.broadcast && (
    <p className="breakout-broadcast" role="status" aria-live="polite">
      <span aria-hidden="true">📣 </span>
      {running.broadcast.text}
    </p>
  );

  if (group && groupBoard) {
    const mates = (membersByGroup(running).get(group.id) ?? [])
      .filter((p) => p !== participantId)
      .map((p) => names[p] ?? t('breakout.someone'));
    return (
      <div className="breakout-room" data-group={group.id}>
        <div className="breakout-banner">
          <p>
            <strong>{t('breakout.youAreIn', { name: group.name })}</strong>{' '}
            {mates.length > 0
              ? t('breakout.withMates', { names: mates.join(', ') })
              : t('breakout.onYourOwn')}
          </p>
          {broadcast}
        </div>
        {props.board(groupBoard)}
      </div>
    );
  }

  if (running.plan.rule === 'self') {
    const sizes = membersByGroup(running);
    const cap = running.plan.cap;
    return (
      <section className="card breakout-pick" aria-labelledby="breakout-pick-heading">
        <h2 id="breakout-pick-heading">{t('breakout.pick.title')}</h2>
        {broadcast}
        <ul className="breakout-pick-list">
          {running.plan.groups.map((g) => {
            const n = sizes.get(g.id)?.length ?? 0;
            const full = cap !== null && n >= cap;
            return (
              <li key={g.id}>
                <button
                  type="button"
                  disabled={full}
                  onClick={() => {
                    setError(null);
                    try {
                      pickGroup(doc, { blockId: running.blockId, participantId, groupId: g.id });
                    } catch (e) {
                      setError(errorText(e));
                    }
                  }}
                >
                  {t('breakout.pick.join', { name: g.name })}{' '}
                  <span className="muted">
                    {cap === null
                      ? t('breakout.pick.size', { n })
                      : full
                        ? t('breakout.pick.full', { n, cap })
                        : t('breakout.pick.ofCap', { n, cap })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="card breakout-wait">
      {!mine?.attribute && askCard}
      <h2>{t('breakout.groups')}</h2>
      {broadcast}
      <p className="muted">{t('breakout.placing')}</p>
    </section>
  );
}
