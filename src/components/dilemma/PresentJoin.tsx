import Qr from '../share/Qr';
import { shortUrl } from '../../utils/url';

interface Props {
  /** The absolute URL phones open: the room's join address, or the dilemma's own page. */
  url: string;
  /** The room's code, when a room is open for what is on screen. */
  code?: string | undefined;
}

/** Past this a printed address only crowds the screen (a session's join link): the QR code carries it. */
const READABLE = 60;

/**
 * The present view's one QR code: the room's join code while the facilitator's
 * device has a room open for this screen, as the console's join screen shows
 * it, otherwise the dilemma's own address. Never both, so phones scan the one
 * that counts.
 */
export default function PresentJoin({ url, code }: Props) {
  const short = shortUrl(url);
  return (
    <>
      {code && (
        <p class="present-room">
          Join room <strong class="room-code">{code}</strong>
        </p>
      )}
      <Qr href={url} class="big-qr" />
      {short.length <= READABLE && (
        <p class="present-url" data-short-url={code ? undefined : url}>
          {short}
        </p>
      )}
    </>
  );
}
