// The room check's QR code in a corner of the projector's join screen, when the facilitator asks
// for it: anyone in the room can check the way to this computer from their phone.
import './venue.css';
import { JoinQrCode } from '../qrCode/JoinQrCode';
import { useT } from '../../i18n/useT';

/** The probe page's link beside a join link: the same host, the same code. */
export function probeUrl(joinUrl: string, joinCode: string): string {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a link
  return `${new URL(joinUrl).origin}/probe#${joinCode}`;
}

export function RoomCheckCode({ url }: { url: string }) {
  const t = useT();
  return (
    <aside className="join-screen-room-check" aria-label={t('probe.title')}>
      <JoinQrCode url={url} size={160} label={t('venue.roomCheckQr', { url })} />
      <p>{t('probe.title')}</p>
    </aside>
  );
}
