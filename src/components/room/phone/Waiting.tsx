import RevealCodeBox from './RevealCodeBox';
import type { JoinedRoom } from '../protocol/joined';

interface Props {
  session: string;
  room: JoinedRoom;
  decision: string;
}

/** The phone's hand-in page for this room, under the base the page script was given. */
const handIn = (session: string) => `${document.documentElement.dataset.base ?? '/'}room/my-hand-in/#${encodeURIComponent(session)}`;

/**
 * A phone in a room has answered; what happened waits for the facilitator's
 * reveal, so the room argues before anyone reads it.
 */
export function AnswerIn({
  session,
  room,
  decision,
  label,
  change,
  someoneElse,
}: Props & { label: string; change: () => void; someoneElse: () => void }) {
  return (
    <div class="result answer-in">
      <p class="verdict" tabIndex={-1}>
        Your answer is in: <strong>{label}</strong>
      </p>
      <p>
        What happened appears here when the facilitator reveals it. When the room is asked, show room {room.code}{' '}
        <a href={handIn(session)}>your hand-in code</a>.
      </p>
      <RevealCodeBox session={session} decision={decision} />
      <div class="actions" data-pagefind-ignore>
        <button type="button" class="button" onClick={change}>
          Change my answer
        </button>
        <button type="button" class="button" onClick={someoneElse}>
          Someone else answers on this phone
        </button>
      </div>
    </div>
  );
}

/** At the room's pace: this dilemma opens once the one before it is revealed. */
export function RoomBehind({ session, room, decision }: Props) {
  return (
    <div class="room-behind">
      <p class="verdict">The room is still on an earlier dilemma</p>
      <p>This one opens when the facilitator of room {room.code} reveals the one before it. Type the code the screen shows then.</p>
      <RevealCodeBox session={session} decision={decision} />
    </div>
  );
}
