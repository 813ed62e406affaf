import { qrPath } from './qr';

interface Props {
  /** The absolute URL the code opens. */
  href: string;
  class?: string;
}

/**
 * The site's one QR code: rendered at build time where the page knows its URL
 * (a dilemma's share panel and present view, as static HTML with no script)
 * and in the browser where it doesn't (a shared session, its pack, the room),
 * with the same encoder and markup. Styled by `.qr` in styles/components.css.
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
