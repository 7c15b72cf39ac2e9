// The address in the QR code and the link, and the facilitator's choice of another: every address
// of this computer with what it is, the likeliest first, and a warning on the doubtful ones.
import { useId } from 'react';
import type { VenueStatusInfo } from '../../../shared/protocol/venueApi';

const HOW: Record<VenueStatusInfo['choice'], string> = {
  automatic: 'chosen automatically',
  facilitator: 'chosen by you',
  'command line': 'set when the host started',
};

export function AddressPicker(props: {
  status: VenueStatusInfo;
  choose(address: string | null): void;
}) {
  const { status } = props;
  const id = useId();
  const fixed = status.choice === 'command line' && status.addresses.length === 0;
  const value = status.choice === 'automatic' ? '' : status.inUse.address;
  return (
    <div className="address-picker">
      <p className="address-in-use">
        <span className="muted">Attendees use</span>{' '}
        <strong className="code">{status.inUse.address}</strong>{' '}
        <span className="muted">
          {status.inUse.label}, {HOW[status.choice]}
        </span>
      </p>
      {status.inUse.caution && (
        <p className="venue-caution" role="note">
          <strong>Check:</strong> {status.inUse.caution}
        </p>
      )}
      {!fixed && (
        <label htmlFor={id} className="address-select">
          Address attendees use
          <select
            id={id}
            value={value}
            onChange={(e) => props.choose(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">Automatic: {status.addresses[0]?.address ?? 'no network'}</option>
            {status.addresses.map((a) => (
              <option key={`${a.interface}/${a.address}`} value={a.address}>
                {a.address} · {a.label}
                {a.caution ? ' (unlikely)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
