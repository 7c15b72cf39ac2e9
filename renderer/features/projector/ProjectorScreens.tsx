// The projector's other screens: the full-screen join screen (the code legible from the back of
// the room), the break screen ("back at 10:45"), and hold (nothing but a faint title).
import type * as Y from 'yjs';
import type { SessionDetails } from '../../../shared/protocol/hostApi';
import type { ReactNode } from 'react';
import type { AgendaBlock } from '../../../shared/model/agenda/read';
import { formatClockTime } from '../../../shared/model/timer/timerMath';
import { JoinQrCode } from '../qrCode/JoinQrCode';
import { Countdown } from '../timer/Countdown';
import { useTimerDisplay } from '../timer/useTimerDisplay';
import { hostNow } from '../../sync/hostClock';
import { useDoc } from '../../stores/docStore';
import { plural } from '../../app/format';

/** "host:port/join" without the scheme or the code: what a person types before the code. */
export function joinAddress(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(/#.*$/, '');
}

export function JoinScreen(props: {
  doc: Y.Doc;
  details: SessionDetails;
  title: string;
  /** The venue's Wi-Fi code (the page makes it), shown beside the join code; null: none. */
  wifiCode?: ReactNode;
  /** The room check's code (the page makes it), in a corner; null: none. */
  roomCheckCode?: ReactNode;
}) {
  const { details, title, wifiCode } = props;
  const joined = useDoc(props.doc, (s) => s.participants.length);
  return (
    <main className="projector projector-join-screen">
      <h1 className="projector-day">Join “{title}”</h1>
      <div className={wifiCode ? 'join-screen-body with-wifi' : 'join-screen-body'}>
        {wifiCode}
        <JoinQrCode url={details.joinUrl} size={400} />
        <div className="join-screen-text">
          <p>Scan the code, or open</p>
          <p className="join-screen-address">{joinAddress(details.joinUrl)}</p>
          <p>and type</p>
          <p className="join-screen-code" aria-label={`Join code ${details.joinCode}`}>
            {details.joinCode}
          </p>
          <p className="join-screen-count" role="status">
            {plural(joined, 'person has', 'people have')} joined
          </p>
        </div>
      </div>
      {props.roomCheckCode}
    </main>
  );
}

export function HoldScreen({ title }: { title: string }) {
  return (
    <main className="projector projector-hold">
      <h1 className="hold-title">{title}</h1>
    </main>
  );
}

export function BreakScreen(props: { doc: Y.Doc; block: AgendaBlock; next: AgendaBlock | null }) {
  const d = useTimerDisplay(props.doc);
  // The end of the break on the room's clock, to the minute (rounded up: never back too early).
  const end = hostNow() + Math.max(0, d.remainingMs);
  const backAt = formatClockTime(Math.ceil(end / 60_000) * 60_000);
  return (
    <main className="projector projector-break">
      <p className="projector-day">{props.block.title}</p>
      <h1 className="break-back">
        {d.state === 'paused' ? 'Break' : d.remainingMs > 0 ? `Back at ${backAt}` : 'Back now'}
      </h1>
      <Countdown doc={props.doc} size="huge" />
      {props.next && (
        <p className="projector-next">
          Next: <strong>{props.next.title}</strong>
        </p>
      )}
    </main>
  );
}
