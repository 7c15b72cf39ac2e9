// The last room checks phones sent from the probe page, newest first: did each reach the host,
// the hub and the mesh's rendezvous, its clock, its round trip, whether its page was secure.
import type { ProbeReportInfo } from '../../../shared/protocol/venueApi';
import { JoinQrCode } from '../qrCode/JoinQrCode';

const yes = (ok: boolean) => (ok ? '✓ yes' : '✗ no');

function device(ua: string): string {
  if (/iPhone|iPad/.test(ua)) return 'iPhone/iPad';
  if (/Android/.test(ua)) return 'Android';
  if (/Macintosh/.test(ua)) return 'Mac';
  if (/Windows/.test(ua)) return 'Windows';
  if (/Linux/.test(ua)) return 'Linux';
  return 'browser';
}

export function ProbeTable(props: { probeUrl: string; probes: ProbeReportInfo[] }) {
  return (
    <div className="probe-check">
      <div className="probe-invite">
        <JoinQrCode url={props.probeUrl} size={110} />
        <p>
          Scan with a phone on the venue&apos;s Wi-Fi: it checks the way to this computer and
          reports here. Nothing is stored.
        </p>
      </div>
      {props.probes.length === 0 ? (
        <p className="muted">No checks yet.</p>
      ) : (
        // Scrolls sideways in a narrow aside: focusable so a keyboard can scroll it.
        <div className="probe-table-wrap" tabIndex={0} role="region" aria-label="Room checks table">
          <table className="probe-table">
            <caption className="muted">Latest room checks</caption>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Host</th>
                <th scope="col">Hub</th>
                <th scope="col">Mesh</th>
                <th scope="col">Clock</th>
                <th scope="col">Round trip</th>
                <th scope="col">Secure page</th>
              </tr>
            </thead>
            <tbody>
              {props.probes.map((p) => (
                <tr key={`${p.at}-${p.from}`} title={p.problems.join(' ')}>
                  <th scope="row">
                    {device(p.userAgent)} <span className="muted">{p.from}</span>
                  </th>
                  <td>{yes(p.host)}</td>
                  <td>{yes(p.hub)}</td>
                  <td>
                    {p.signaling
                      ? `✓ ${p.peersSeen} ${p.peersSeen === 1 ? 'peer' : 'peers'}`
                      : '✗ no'}
                  </td>
                  <td>
                    {p.clockOffsetMs === null
                      ? '–'
                      : `${p.clockOffsetMs > 0 ? '+' : ''}${p.clockOffsetMs} ms`}
                  </td>
                  <td>{p.roundTripMs === null ? '–' : `${p.roundTripMs} ms`}</td>
                  <td>{p.secureContext ? 'yes' : 'no (plain http)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
