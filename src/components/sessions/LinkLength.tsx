import { PROJECTOR_QR } from './coach-kit';

interface Props {
  /** The session's whole link, the coach's kit and all: what "Copy link" gives. */
  full: string;
  /** The link the room's QR codes carry: title, audience and dilemmas only. */
  room: string;
  /** Whether the link carries the coach's minutes, words or notes. */
  hasKit: boolean;
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * How long the session's link is, and what that means for a QR code: the
 * builder's answer to "will the room be able to scan this?". The room's codes
 * never carry the coach's kit (session-link.ts), so a long kit costs the copied
 * link characters and nothing else.
 */
export default function LinkLength({ full, room, hasKit }: Props) {
  const fits = full.length <= PROJECTOR_QR;
  return (
    <div class="link-length">
      <p>
        The link is <strong>{count(full.length)} characters</strong>
        {fits
          ? ': short enough for a QR code a room can scan from a projector.'
          : `: too long for a QR code a room can scan from a projector (about ${count(PROJECTOR_QR)} at most). The copied link still works in full, in an email, a chat or a calendar invitation.`}
      </p>
      {hasKit && (
        <p>
          The room’s QR codes (on the session’s page, the room console’s join screen and the pack’s cover) carry only the title, audience
          and dilemmas ({count(room.length)} characters): your minutes, opening, closing and notes stay with you and whoever you send the
          link to.
        </p>
      )}
      {room.length > PROJECTOR_QR && (
        <p>Even the room’s QR code is dense at {count(room.length)} characters: a shorter title or audience makes it easier to scan.</p>
      )}
    </div>
  );
}
