// The attendee's parking lot, open in every block: park a topic for later, see what the room
// parked and what became of it. Enter adds (Shift+Enter for a new line).
import './parkingLot.css';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { addParkingItem } from '../../../shared/model/parkingLot/attendeeCommands';
import { NOTE_MAX_CHARS, ValidationError } from '../../../shared/model/limits';
import { readTimer } from '../../../shared/model/timer/read';
import { useDoc } from '../../stores/docStore';
import { ParkingLotList } from './ParkingLotList';
import { useBlockTitle } from './useBlockTitle';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

export function RoomParkingLot(props: {
  doc: Y.Doc;
  authorId: string;
  authorName: string;
  /** Signs the item as this attendee's (readers show no unsigned one). */
  authorKey?: Uint8Array;
}) {
  const t = useT();
  const items = useDoc(props.doc, (s) => s.parkingLot);
  const blockTitle = useBlockTitle(props.doc);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e?: FormEvent) {
    e?.preventDefault();
    try {
      addParkingItem(props.doc, {
        text,
        authorId: props.authorId,
        authorName: props.authorName,
        authorKey: props.authorKey,
        // The block the room is on: the minutes say where the item was raised.
        blockId: readTimer(props.doc).facts.blockId,
      });
      setText('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(explain(err, t('parking.field')));
      else throw err;
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
  }

  const over = text.length > NOTE_MAX_CHARS;
  return (
    <section className="card parking-lot" aria-labelledby="parking-heading">
      <h2 id="parking-heading">
        {t('room.tab.parking')} <span className="count">({items.length})</span>
      </h2>
      <form className="composer" onSubmit={submit}>
        <label htmlFor="parking-new">{t('parking.park')}</label>
        <textarea
          id="parking-new"
          value={text}
          rows={2}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={over || undefined}
          aria-describedby="parking-new-help"
        />
        <div className="row spread">
          <span id="parking-new-help" className={over ? 'error' : 'muted'}>
            {over
              ? t('note.tooLong', { length: text.length, max: NOTE_MAX_CHARS })
              : t('parking.named')}
          </span>
          <button type="submit" className="primary" disabled={over}>
            {t('parking.add')}
          </button>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <ParkingLotList items={items} blockTitle={blockTitle} />
    </section>
  );
}
