// The room beside the cockpit: how to get in (QR code, join code, link), who is here, and the
// projector.
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { SessionDetails } from '../../../shared/protocol/hostApi';
import { JoinQrCode } from '../qrCode/JoinQrCode';
import { NewJoinCode } from './NewJoinCode';
import { AttendeeCount } from './AttendeeCount';
import { RosterPanel } from '../presence/RosterPanel';
import { OpenProjector } from '../projector/OpenProjector';
import { ProjectorScreenPicker } from '../projector/ProjectorScreenPicker';
import { ProjectorFocusPicker } from '../board/ProjectorFocusPicker';
import { VenueCard } from '../venue/VenueCard';
import { useT } from '../../i18n/useT';

export function RoomAside(props: {
  details: SessionDetails;
  sessionId: string;
  doc: Y.Doc | null;
  awareness: Awareness | null;
  rotateJoinCode(): Promise<void>;
}) {
  const t = useT();
  const { details, doc, awareness } = props;
  return (
    <aside className="room-aside" aria-label={t('session.theRoom')}>
      <section className="card join-card" aria-labelledby="join-heading">
        <h2 id="join-heading">{t('session.invite')}</h2>
        <JoinQrCode url={details.joinUrl} size={150} />
        <p className="join-code-line">
          <span className="muted">{t('join.joinCode')}</span>{' '}
          <strong className="code join-code">{details.joinCode}</strong>
        </p>
        <p className="join-url">
          <a href={details.joinUrl} target="_blank" rel="noreferrer">
            {t('session.joinLink')}
          </a>
          <span className="url">{details.joinUrl}</span>
        </p>
        <NewJoinCode rotate={props.rotateJoinCode} />
      </section>
      {doc && awareness && (
        <VenueCard
          sessionId={props.sessionId}
          joinCode={details.joinCode}
          doc={doc}
          awareness={awareness}
        />
      )}
      <section className="card projector-card" aria-labelledby="projector-heading">
        <h2 id="projector-heading">{t('projector.documentTitleBare')}</h2>
        <OpenProjector sessionId={props.sessionId} />
        {doc && <ProjectorScreenPicker doc={doc} />}
        {doc && <ProjectorFocusPicker doc={doc} />}
      </section>
      {doc && awareness && (
        <section className="card people-card" aria-label={t('session.whoIsHere')}>
          <AttendeeCount awareness={awareness} />
          <RosterPanel sessionId={props.sessionId} doc={doc} awareness={awareness} />
        </section>
      )}
    </aside>
  );
}
