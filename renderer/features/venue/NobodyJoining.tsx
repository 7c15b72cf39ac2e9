// What to try when nobody joins, in plain words: the usual reasons a venue's network keeps
// phones from a laptop, most likely first.
export function NobodyJoining(props: { profileWarning: string | null; address: string }) {
  return (
    <section className="callout nobody-joining" aria-labelledby="nobody-joining-heading">
      <h3 id="nobody-joining-heading">Nobody has joined yet: what to try</h3>
      <ol>
        {props.profileWarning && <li>{props.profileWarning}</li>}
        <li>
          <strong>Guest Wi-Fi often keeps devices apart</strong> (client isolation): phones reach
          the internet but not this laptop. Use a travel router, or turn on your phone&apos;s
          hotspot and put this laptop and the attendees on it.
        </li>
        <li>
          <strong>A sign-in page</strong> (captive portal): attendees must accept the venue&apos;s
          Wi-Fi terms in their browser first, and so must this laptop.
        </li>
        <li>
          <strong>A VPN</strong> on this laptop or on a phone can route the link away: turn it off
          for the session, or pick another address above.
        </li>
        <li>
          <strong>Same network?</strong> Attendees must be on the network that gives{' '}
          <span className="code">{props.address}</span>, not mobile data.
        </li>
        <li>
          <strong>Windows</strong>: if the network is marked Public, the firewall blocks attendees.
          Set it to Private in Settings › Network.
        </li>
      </ol>
      <p className="muted">Scan the room check code above with a phone to see which step fails.</p>
    </section>
  );
}
