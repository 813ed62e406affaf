import Qr from '../../share/Qr';
import { REVEAL_PATH, revealCode, revealFragment } from '../protocol/reveal-code';
import { shortUrl } from '../../../utils/url';

interface Props {
  room: string;
  decision: string;
  /** The address the console was served from, with the base: "https://host/base/". */
  site: string;
}

/**
 * Shown once the facilitator reveals a dilemma: the code phones type, or the
 * QR code they scan, to show what happened. The phones and the console never
 * talk, so the projector carries the reveal (protocol/reveal-code.ts).
 */
export default function RevealCode({ room, decision, site }: Props) {
  const href = `${site}${REVEAL_PATH}#${revealFragment(room, decision)}`;
  return (
    <div class="reveal-code-screen" role="status">
      <Qr href={href} class="reveal-qr" />
      <div>
        <p>Phones show what happened with the reveal code:</p>
        <p class="reveal-code-big room-code">{revealCode(room, decision)}</p>
        <p class="join-url">{shortUrl(href)}</p>
      </div>
    </div>
  );
}
