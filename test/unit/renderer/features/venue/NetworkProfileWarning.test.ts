// The Public-profile warning carries the button that opens Windows' network settings.
import { describe, expect, it } from 'vitest';
import { NetworkProfileWarning } from '../../../../../renderer/features/venue/NetworkProfileWarning';
import { renderHtml, textOf } from '../../renderHtml';

describe('the network profile warning', () => {
  it('says what is wrong and offers the settings page', () => {
    const warning =
      'Windows treats the network "HotelGuest" (Wi-Fi) as Public: its firewall turns attendees away.';
    const html = renderHtml(NetworkProfileWarning, { warning });
    expect(html).toContain('role="alert"');
    expect(textOf(html)).toContain('treats the network "HotelGuest" (Wi-Fi) as Public');
    expect(html).toMatch(/<button type="button">Open network settings<\/button>/);
  });
});
