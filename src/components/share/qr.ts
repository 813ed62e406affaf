import { encode } from 'uqr';

/**
 * A QR code as one SVG path of horizontal runs. uqr encodes; its own SVG
 * renderer draws every module as a separate rectangle (about 8 KB for a URL),
 * while runs keep the inline SVG near 2 KB per page.
 */
export function qrPath(text: string, border = 2): { size: number; d: string } {
  const { size, data } = encode(text, { border });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      d += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return { size, d };
}
