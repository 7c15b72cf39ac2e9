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
import { useT } from '../../i18n/useT';

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
  const t = useT();
  const joined = useDoc(props.doc, (s) => s.participants.length);
  return (
    <main className="projector projector-join-screen">
      <h1 className="projector-day">{t('projector.joinTitle', { title })}</h1>
      <div className={wifiCode ? 'join-screen-body with-wifi' : 'join-screen-body'}>
        {wifiCode}
        <JoinQrCode url={details.joinUrl} size={400} />
        <div className="join-screen-text">
          <p>{t('projector.scanOrOpen')}</p>
          <p className="join-screen-address">{joinAddress(details.joinUrl)}</p>
          <p>{t('projector.andType')}</p>
          <p
            className="join-screen-code"
            aria-label={t('projector.joinCode', { code: details.joinCode })}
          >
            {details.joinCode}
          </p>
          <p className="join-screen-count" role="status">
            {t('projector.joined', { n: joined })}
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
  const t = useT();
  const d = useTimerDisplay(props.doc);
  // The end of the break on the room's clock, to the minute (rounded up: never back too early).
  const end = hostNow() + Math.max(0, d.remainingMs);
  const backAt = formatClockTime(Math.ceil(end / 60_000) * 60_000);
  return (
    <main className="projector projector-break">
      <p className="projector-day">{props.block.title}</p>
      <h1 className="break-back">
        {d.state === 'paused'
          ? t('projector.break')
          : d.remainingMs > 0
            ? t('projector.backAt', { time: backAt })
            : t('projector.backNow')}
      </h1>
      <Countdown doc={props.doc} size="huge" />
      {props.next && (
        <p className="projector-next">
          {t('projector.next')} <strong>{props.next.title}</strong>
        </p>
      )}
    </main>
  );
}
