/**
 * A QR code drawn as one SVG path from the `qrcode` package's module matrix: made in the browser, so a
 * poster prints offline and sharp at any size, with no canvas, image request or inline markup.
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, d } = useMemo(() => {
    // M: 15% of the code may be lost (a crease, a stain) and it still reads, and it stays small enough to scan from afar.
    const qr = create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    let path = '';
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (qr.modules.data[y * n + x]) path += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
    }
    // A quiet zone of four modules around the code, as the standard asks.
    return { size: n + 8, d: path };
  }, [text]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="qr-code">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
