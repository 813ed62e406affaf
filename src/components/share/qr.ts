import { encode } from 'uqr';

/**
 * A QR code as one SVG path of horizontal runs. uqr encodes; its own SVG
 * renderer draws every module as a separate rectangle (about 8 KB for a URL),
 * while runs keep the inline SVG near 2 KB per page.
 */
const encoded = new Map<string, { size: number; d: string }>();

export function qrPath(text: string, border = 2): { size: number; d: string } {
  // A dilemma page draws its code twice (share panel and present view): encode once.
  const key = `${border}|${text}`;
  const known = encoded.get(key);
  if (known) return known;
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
  encoded.set(key, { size, d });
  return { size, d };
}
