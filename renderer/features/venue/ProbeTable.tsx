// The last room checks phones sent from the probe page, newest first: did each reach the host,
// the hub and the mesh (a data channel with a peer), its clock, its round trip, whether its page
// was secure.
import type { ProbeReportInfo } from '../../../shared/protocol/venueApi';
import { JoinQrCode } from '../qrCode/JoinQrCode';

const mark = (ok: boolean) => (ok ? '✓' : '✗ no');

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
        <table className="probe-table">
          <caption className="muted">Latest room checks</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Reached</th>
              <th scope="col">Timing</th>
            </tr>
          </thead>
          <tbody>
            {props.probes.map((p) => (
              <tr key={`${p.at}-${p.from}`}>
                <th scope="row">
                  {device(p.userAgent)}
                  <span className="muted probe-from">{p.from}</span>
                </th>
                <td>
                  <span className="probe-fact">host {mark(p.host)}</span>{' '}
                  <span className="probe-fact">hub {mark(p.hub)}</span>{' '}
                  <span className="probe-fact">
                    mesh {mark(p.meshChannel)}
                    {p.signaling
                      ? ` (${p.meshChannel ? 'channel open, ' : ''}${p.peersSeen} ${p.peersSeen === 1 ? 'peer' : 'peers'} heard)`
                      : ' (no rendezvous)'}
                  </span>
                  {p.problems.length > 0 && (
                    <span className="probe-problems">{p.problems.join(' ')}</span>
                  )}
                </td>
                <td>
                  <span className="probe-fact">
                    {p.roundTripMs === null ? 'no round trip' : `${p.roundTripMs} ms round trip`}
                  </span>{' '}
                  <span className="probe-fact">
                    {p.clockOffsetMs === null
                      ? 'clock unknown'
                      : `clock ${p.clockOffsetMs > 0 ? '+' : ''}${p.clockOffsetMs} ms`}
                  </span>{' '}
                  <span className="probe-fact">
                    {p.secureContext ? 'secure page' : 'plain http'}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
