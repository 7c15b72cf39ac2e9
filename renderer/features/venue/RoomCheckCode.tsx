// The room check's QR code in a corner of the projector's join screen, when the facilitator asks
// for it: anyone in the room can check the way to this computer from their phone.
import './venue.css';
import { JoinQrCode } from '../qrCode/JoinQrCode';

/** The probe page's link beside a join link: the same host, the same code. */
export function probeUrl(joinUrl: string, joinCode: string): string {
  return `${new URL(joinUrl).origin}/probe#${joinCode}`;
}

export function RoomCheckCode({ url }: { url: string }) {
  return (
    <aside className="join-screen-room-check" aria-label="Room check">
      <JoinQrCode url={url} size={160} label={`QR code for the room check ${url}`} />
      <p>Room check</p>
    </aside>
  );
}
