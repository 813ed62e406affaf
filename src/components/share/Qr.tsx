import { qrPath } from './qr';

interface Props {
  /** The absolute URL the code opens. */
  href: string;
  class?: string;
}

/**
 * QrCode.astro for pages that know their URL only in the browser (a shared
 * session, its pack): the same encoder and the same markup, so a code drawn
 * here is the code the build would have drawn. Always dark on white.
 */
export default function Qr({ href, class: className }: Props) {
  let code: { size: number; d: string };
  try {
    code = qrPath(href);
  } catch {
    // Longer than any QR code can hold: the link is still there to copy.
    return null;
  }
  const { size, d } = code;
  return (
    <svg
      class={className ? `qr ${className}` : 'qr'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`QR code for ${href}`}
      shape-rendering="crispEdges"
      data-qr={href}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
