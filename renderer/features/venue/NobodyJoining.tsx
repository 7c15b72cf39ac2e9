// What to try when nobody joins, in plain words: the usual reasons a venue's network keeps
// phones from a laptop, most likely first.
import { useT } from '../../i18n/useT';

const ADDRESS = '\u0000';

export function NobodyJoining(props: { profileWarning: string | null; address: string }) {
  const t = useT();
  // The address as code inside the sentence, wherever the language puts it.
  const [beforeAddress, afterAddress] = t('venue.help.sameNetwork', { address: ADDRESS }).split(
    ADDRESS,
  );
  return (
    <section className="callout nobody-joining" aria-labelledby="nobody-joining-heading">
      <h3 id="nobody-joining-heading">{t('venue.help.heading')}</h3>
      <ol>
        {props.profileWarning && <li>{props.profileWarning}</li>}
        <li>
          <strong>{t('venue.help.isolation')}</strong> {t('venue.help.isolationText')}
        </li>
        <li>
          <strong>{t('venue.help.portal')}</strong> {t('venue.help.portalText')}
        </li>
        <li>
          <strong>{t('venue.help.vpn')}</strong> {t('venue.help.vpnText')}
        </li>
        <li>
          <strong>{t('venue.help.same')}</strong> {beforeAddress}
          <span className="code">{props.address}</span>
          {afterAddress}
        </li>
        <li>
          <strong>{t('venue.help.windows')}</strong>
          {t('venue.help.windowsText')}
        </li>
      </ol>
      <p className="muted">{t('venue.help.scan')}</p>
    </section>
  );
}
