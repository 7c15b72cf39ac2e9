// The last room checks phones sent from the probe page, newest first: did each reach the host,
// the hub and the mesh (a data channel with a peer), its clock, its round trip, whether its page
// was secure.
import type { ProbeReportInfo } from '../../../shared/protocol/venueApi';
import { JoinQrCode } from '../qrCode/JoinQrCode';
import { t as translate } from '../../i18n/t';
import { useT } from '../../i18n/useT';
import { problemText } from './probeProblems';

const mark = (ok: boolean) => (ok ? '✓' : translate('venue.probe.no'));

/* eslint-disable lingui/no-unlocalized-strings -- the systems' own names */
function device(ua: string): string {
  if (/iPhone|iPad/.test(ua)) return 'iPhone/iPad';
  if (/Android/.test(ua)) return 'Android';
  if (/Macintosh/.test(ua)) return 'Mac';
  if (/Windows/.test(ua)) return 'Windows';
  if (/Linux/.test(ua)) return 'Linux';
  return translate('venue.probe.browser');
}
/* eslint-enable lingui/no-unlocalized-strings */

export function ProbeTable(props: { probeUrl: string; probes: ProbeReportInfo[] }) {
  const t = useT();
  return (
    <div className="probe-check">
      <div className="probe-invite">
        <JoinQrCode url={props.probeUrl} size={110} />
        <p>{t('venue.probe.invite')}</p>
      </div>
      {props.probes.length === 0 ? (
        <p className="muted">{t('venue.probe.none')}</p>
      ) : (
        <table className="probe-table">
          <caption className="muted">{t('venue.probe.latest')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('venue.probe.device')}</th>
              <th scope="col">{t('venue.probe.reached')}</th>
              <th scope="col">{t('venue.probe.timing')}</th>
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
                  <span className="probe-fact">
                    {t('venue.probe.host', { mark: mark(p.host) })}
                  </span>{' '}
                  <span className="probe-fact">{t('venue.probe.hub', { mark: mark(p.hub) })}</span>{' '}
                  <span className="probe-fact">
                    {t('venue.probe.mesh', {
                      mark: mark(p.meshChannel),
                      signaling: p.signaling ? 'yes' : 'no',
                      open: p.meshChannel ? 'yes' : 'no',
                      n: p.peersSeen,
                    })}
                  </span>
                  {p.problems.length > 0 && (
                    <span className="probe-problems">{p.problems.map(problemText).join(' ')}</span>
                  )}
                </td>
                <td>
                  <span className="probe-fact">
                    {p.roundTripMs === null
                      ? t('venue.probe.noRoundTrip')
                      : t('venue.probe.roundTrip', { ms: p.roundTripMs })}
                  </span>{' '}
                  <span className="probe-fact">
                    {p.clockOffsetMs === null
                      ? t('venue.probe.clockUnknown')
                      : t('venue.probe.clock', {
                          sign: p.clockOffsetMs > 0 ? '+' : '',
                          ms: p.clockOffsetMs,
                        })}
                  </span>{' '}
                  <span className="probe-fact">
                    {p.secureContext ? t('venue.probe.secure') : t('venue.probe.plain')}
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
