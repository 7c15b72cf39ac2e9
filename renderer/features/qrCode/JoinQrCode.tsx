// The join link as a QR code (an SVG made locally by the qrcode library: no network); any other
// text (the venue's Wi-Fi) with its own description.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useT } from '../../i18n/useT';

export function JoinQrCode({
  url,
  size = 220,
  label,
}: {
  url: string;
  size?: number;
  /** What the code holds, for the image's description; the join link by default. */
  label?: string;
}) {
  const t = useT();
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (s) => live && setSvg(s),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return null;
  return (
    <img
      className="qr"
      width={size}
      height={size}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label ?? t('qrCode.joinLink', { url })}
    />
  );
}
