// The console's venue card: the address attendees use and the choice of another, what changed
// on the network, the room check (a probe QR code and the phones' reports), the venue's Wi-Fi for
// the projector and, when the join screen has been up two minutes with nobody joining (or on
// request), what to try.
import './venue.css';
import { useState } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useProjectorScreen } from '../projector/useProjectorScreen';
import { usePresence } from '../../stores/presenceStore';
import { useVenueStatus } from './useVenueStatus';
import { AddressPicker } from './AddressPicker';
import { ProbeTable } from './ProbeTable';
import { NobodyJoining } from './NobodyJoining';
import { useNobodyJoined } from './useNobodyJoined';
import { ProjectorDisplayPicker } from './ProjectorDisplayPicker';
import { WifiForm } from './WifiForm';
import { NetworkProfileWarning } from './NetworkProfileWarning';
import { useT } from '../../i18n/useT';
import { hostTextOr } from '../../i18n/hostWords';

export function VenueCard(props: {
  sessionId: string;
  joinCode: string;
  doc: Y.Doc;
  awareness: Awareness;
}) {
  const { status, error, choose, setWifi, setRoomCheckOnProjector } = useVenueStatus(
    props.sessionId,
  );
  const [dismissed, setDismissed] = useState(0);
  const [askedForHelp, setAskedForHelp] = useState(false);
  const online = usePresence(props.awareness, (s) => s.online);
  const attendees = online.filter((u) => u.role === 'attendee').length;
  const stuck = useNobodyJoined(useProjectorScreen(props.doc) === 'join', attendees);
  const t = useT();
  const notice = status?.notice && status.notice.id > dismissed ? status.notice : null;
  return (
    <section className="card venue-card" aria-labelledby="venue-heading">
      <h2 id="venue-heading">{t('venue.heading')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!status ? (
        <p className="muted">{t('venue.reading')}</p>
      ) : (
        <>
          {notice && (
            <div className="callout venue-notice" role="status">
              <p>{hostTextOr(notice.words, notice.message)}</p>
              <div className="venue-notice-actions">
                {notice.offer && (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => void choose(notice.offer!.address)}
                  >
                    {t('venue.useAddress', { address: notice.offer.address })}
                  </button>
                )}
                <button type="button" onClick={() => setDismissed(notice.id)}>
                  {t('venue.dismiss')}
                </button>
              </div>
            </div>
          )}
          <AddressPicker status={status} choose={(a) => void choose(a)} />
          <ProjectorDisplayPicker />
          {status.networkProfileWarning && (
            <NetworkProfileWarning
              warning={hostTextOr(status.networkProfileWords, status.networkProfileWarning)}
            />
          )}
          <WifiForm wifi={status.wifi} save={setWifi} />
          <details className="room-check">
            <summary>{t('venue.checkRoom')}</summary>
            <ProbeTable
              // eslint-disable-next-line lingui/no-unlocalized-strings -- a link
              probeUrl={`${status.inUse.url}/probe#${props.joinCode}`}
              probes={status.probes}
            />
            <label className="inline-check room-check-on-projector">
              <input
                type="checkbox"
                checked={status.roomCheckOnProjector}
                onChange={(e) => void setRoomCheckOnProjector(e.target.checked)}
              />{' '}
              {t('venue.roomCheckOnProjector')}
            </label>
          </details>
          {(stuck || askedForHelp) && attendees === 0 ? (
            <NobodyJoining
              profileWarning={hostTextOr(status.networkProfileWords, status.networkProfileWarning)}
              address={status.inUse.address}
            />
          ) : (
            attendees === 0 && (
              <button type="button" className="link" onClick={() => setAskedForHelp(true)}>
                {t('venue.nobodyJoining')}
              </button>
            )
          )}
        </>
      )}
    </section>
  );
}
