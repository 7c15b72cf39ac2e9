// The address in the QR code and the link, and the facilitator's choice of another: every address
// of this computer with what it is, the likeliest first, and a warning on the doubtful ones.
import { useId } from 'react';
import type { VenueStatusInfo } from '../../../shared/protocol/venueApi';
import type { MessageId } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { hostTextOr } from '../../i18n/hostWords';

const HOW: Record<VenueStatusInfo['choice'], MessageId> = {
  automatic: 'venue.address.automatic',
  facilitator: 'venue.address.byYou',
  'command line': 'venue.address.commandLine',
};

export function AddressPicker(props: {
  status: VenueStatusInfo;
  choose(address: string | null): void;
}) {
  const { status } = props;
  const t = useT();
  const id = useId();
  const fixed = status.choice === 'command line' && status.addresses.length === 0;
  const value = status.choice === 'automatic' ? '' : status.inUse.address;
  return (
    <div className="address-picker">
      <p className="address-in-use">
        <span className="muted">{t('venue.address.attendeesUse')}</span>{' '}
        <strong className="code">{status.inUse.address}</strong>{' '}
        <span className="muted">
          {t('venue.address.how', {
            label: hostTextOr(status.inUse.labelWords, status.inUse.label),
            how: t(HOW[status.choice]),
          })}
        </span>
      </p>
      {status.inUse.caution && (
        <p className="venue-caution" role="note">
          <strong>{t('venue.address.check')}</strong>{' '}
          {hostTextOr(status.inUse.cautionWords, status.inUse.caution)}
        </p>
      )}
      {!fixed && (
        <label htmlFor={id} className="address-select">
          {t('venue.address.label')}
          <select
            id={id}
            value={value}
            onChange={(e) => props.choose(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">
              {t('venue.address.automaticOption', {
                address: status.addresses[0]?.address ?? t('venue.address.noNetwork'),
              })}
            </option>
            {status.addresses.map((a) => (
              <option key={`${a.interface}/${a.address}`} value={a.address}>
                {t(a.caution ? 'venue.address.unlikely' : 'venue.address.option', {
                  address: a.address,
                  label: hostTextOr(a.labelWords, a.label),
                })}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
