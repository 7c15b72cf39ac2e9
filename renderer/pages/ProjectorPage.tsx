// The projector view (route /projector/<sessionId>, facilitator key required). What it shows is
// the facilitator's choice: the live room (the block and its prompt, a countdown readable from
// the back that gives way when the board, results or registers are up, what comes next, the join
// link small in a corner; a break screen during breaks), the join screen, or hold.
import '../features/projector/projector.css';
import '../features/projector/projectorThemes.css';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { SessionDetails } from '../../shared/protocol/hostApi';
import { useFacilitatorSession } from '../features/session/useFacilitatorSession';
import { useVenueForProjector } from '../features/venue/useVenueForProjector';
import { VENUE_POLL_MS } from '../features/venue/useVenueStatus';
import { VenueWifiCode } from '../features/venue/VenueWifiCode';
import { probeUrl, RoomCheckCode } from '../features/venue/RoomCheckCode';
import type { ProjectorVenue } from '../features/venue/useVenueForProjector';
import { Countdown } from '../features/timer/Countdown';
import { JoinQrCode } from '../features/qrCode/JoinQrCode';
import { useProjectorModel } from '../features/projector/useProjectorModel';
import { useSessionTitle } from '../features/session/useSessionTitle';
import { ProjectorBoard } from '../features/board/ProjectorBoard';
import { ProjectorBreakout } from '../features/breakouts/ProjectorBreakout';
import { ProjectorRegisters } from '../features/registers/ProjectorRegisters';
import { ProjectorQuestion } from '../features/questions/ProjectorQuestion';
import { ProjectorPolls } from '../features/polls/ProjectorPolls';
import { ProjectorReview } from '../features/series/ProjectorReview';
import { useProjectorScreen, useProjectorTheme } from '../features/projector/useProjectorScreen';
import { ProjectorCharts } from './ProjectorCharts';
import { useDoc } from '../stores/docStore';
import { pinLanguage } from '../i18n/language';
import { useT } from '../i18n/useT';
import {
  BreakScreen,
  HoldScreen,
  JoinScreen,
  joinAddress,
} from '../features/projector/ProjectorScreens';

type StageProps = {
  doc: Y.Doc;
  awareness: Awareness;
  details: SessionDetails;
  venue: ProjectorVenue;
};

/** The facilitator's theme holds the projector's colours (projectorThemes.css): every screen
 * inside it, the live room, join, hold and break alike. */
function ThemedStage(props: StageProps) {
  const theme = useProjectorTheme(props.doc);
  // The projector speaks the session's language (the console's Session details), not the
  // browser's: the room reads one screen.
  const language = useDoc(props.doc, (s) => s.meta.language);
  useEffect(() => {
    void pinLanguage(language);
  }, [language]);
  useEffect(() => () => void pinLanguage(null), []);
  return (
    <div className="projector-theme" data-theme={theme}>
      <ProjectorStage {...props} />
    </div>
  );
}

function ProjectorStage(props: StageProps) {
  const { doc, awareness, details } = props;
  const t = useT();
  const title = useSessionTitle(doc, details.title);
  // The tab follows a rename made on the console while the projector is up.
  useEffect(() => {
    document.title = t('projector.documentTitle', { title });
  }, [title, t]);
  const screen = useProjectorScreen(doc);
  const m = useProjectorModel(doc);
  if (screen === 'join')
    return (
      <JoinScreen
        doc={doc}
        details={details}
        title={title}
        wifiCode={props.venue.wifi && <VenueWifiCode wifi={props.venue.wifi} />}
        roomCheckCode={
          props.venue.roomCheck && (
            <RoomCheckCode url={probeUrl(details.joinUrl, details.joinCode)} />
          )
        }
      />
    );
  if (screen === 'hold') return <HoldScreen title={title} />;
  if (screen === 'charts') return <ProjectorCharts doc={doc} title={title} />;
  if (m.current?.kind === 'break') return <BreakScreen doc={doc} block={m.current} next={m.next} />;
  const pct = m.dayBlockCount ? Math.round((m.position / m.dayBlockCount) * 100) : 0;
  return (
    <main className="projector">
      {/* The title and the countdown share a row when the board or registers are up. */}
      <div className="projector-top">
        <header className="projector-head">
          <p className="projector-day">{m.current ? m.dayLabel : title}</p>
          <h1 className="projector-title">{m.current?.title ?? t('projector.welcome')}</h1>
          {m.current?.prompt && <p className="projector-prompt">{m.current.prompt}</p>}
        </header>
        <Countdown doc={doc} size="huge" />
      </div>
      <ProjectorQuestion doc={doc} />
      <ProjectorPolls doc={doc} />
      <ProjectorBreakout doc={doc} fallback={<ProjectorBoard doc={doc} awareness={awareness} />} />
      {/* Decisions, actions and measures: while discussing, and once the agenda is done. */}
      {(!m.current || m.current.kind === 'discuss') && <ProjectorRegisters doc={doc} />}
      {/* Review commitments: last time's actions and what was recorded of each today. */}
      {m.current?.kind === 'review' && <ProjectorReview doc={doc} />}
      <footer className="projector-foot">
        <div className="projector-progress">
          {m.current && (
            <>
              <p>{t('projector.blockOf', { n: m.position, total: m.dayBlockCount })}</p>
              <div
                className="progress-bar"
                role="progressbar"
                aria-label={t('projector.progress')}
                aria-valuemin={0}
                aria-valuemax={m.dayBlockCount}
                aria-valuenow={m.position}
              >
                <div style={{ width: `${pct}%` }} />
              </div>
            </>
          )}
          <p className="projector-next">
            {m.next ? (
              <>
                {t('projector.next')} <strong>{m.next.title}</strong> ·{' '}
                {t('projector.minutes', { n: m.next.plannedMinutes })}
              </>
            ) : m.current ? (
              t('projector.lastBlock')
            ) : null}
          </p>
        </div>
        <div className="projector-join">
          <JoinQrCode url={details.joinUrl} />
          <p>
            {t('projector.join')}{' '}
            <span className="join-address">{joinAddress(details.joinUrl)}</span>{' '}
            <span className="code">{details.joinCode}</span>
          </p>
        </div>
      </footer>
    </main>
  );
}

export function ProjectorPage({ sessionId }: { sessionId: string }) {
  const t = useT();
  const { details, error, conn, reload, refresh } = useFacilitatorSession(sessionId, 'projector');
  // The address and the venue's Wi-Fi, live even in a browser the console's nudge cannot reach.
  const venue = useVenueForProjector(reload);
  // A new join code made in the console reaches a projector in another browser by this re-read.
  useEffect(() => {
    const timer = setInterval(refresh, VENUE_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useEffect(() => {
    if (!details) document.title = t('projector.documentTitleBare');
  }, [details, t]);

  if (error)
    return (
      <main className="page narrow">
        <p role="alert" className="callout danger">
          {error}
        </p>
      </main>
    );
  if (!details || !conn) return <main className="page">{t('projector.loading')}</main>;
  return <ThemedStage doc={conn.doc} awareness={conn.awareness} details={details} venue={venue} />;
}
