import { Watching } from '../../../lib/storage/watching';
import type { RoomContent } from '../protocol/hand-in-code';
import { normalise } from '../protocol/room-code';
import { $joined, EMPTY_JOINED, forgetLapsed, joinRoom, joinedRoom, latestRoom, type JoinedState } from '../protocol/joined';
import { roomDilemmaPage, roomPlace } from './room-pages';
import { confirmLeave } from './leave';
import { roomCodeGuard } from '../protocol/room-content';
import { takeJoining } from '../protocol/joined-key';

export interface JoinedBannerProps {
  session: string;
  title: string;
  decisions: RoomContent['decisions'];
  /** The phone's hand-in page. */
  handIn: string;
  /** The site's base, for the way to the room's dilemma. */
  base: string;
  /** On the track's or session's overview: a phone sees what to do and the way to the room's dilemma, not the facilitator's page. */
  overview?: boolean;
}

interface State {
  joined: JoinedState;
  /** A ?room= that is not a room code, as typed or mangled: said, not silently dropped. */
  invalid: string;
}

/**
 * On an attendee's phone: joins the room named in "?room=K7Q" and says so on
 * every page of that session, with the way to hand in.
 */
export default class JoinedBanner extends Watching<JoinedBannerProps, State> {
  state: State = { joined: EMPTY_JOINED, invalid: '' };

  componentDidMount() {
    const { session, title, decisions } = this.props;
    const params = new URLSearchParams(location.search);
    const pending = takeJoining(session);
    const asked = params.get('room') ?? pending;
    if (asked !== null) {
      const code = normalise(asked);
      // Phones wait for each reveal before the next dilemma unless the console's link says "&pace=free":
      // the default needs nothing in the link, so the join QR code stays as short as it can be.
      const pace = params.get('pace') !== 'free';
      if (roomCodeGuard(code, 'room', []) !== undefined) joinRoom(session, { code, title, decisions, pace });
      else this.setState({ invalid: asked.slice(0, 40) });
    } else {
      forgetLapsed();
      // The page knows its dilemmas better than a join made on an older copy or a half-loaded session: keep in step.
      const known = joinedRoom($joined.get(), session);
      if (known && JSON.stringify(known.decisions) !== JSON.stringify(decisions))
        joinRoom(session, { code: known.code, title, decisions, pace: known.pace });
    }
    if (params.has('room')) {
      // The code has done its work: a shared or bookmarked link should not rejoin.
      params.delete('room');
      params.delete('pace');
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
    this.watch('joined', $joined);
  }

  componentDidUpdate() {
    // A phone in a room sees no facilitator material (notes, tally, pack, console): base.css hides .facilitator-only.
    // The page script set this before the first paint; here it follows joining and leaving.
    document.documentElement.toggleAttribute('data-joined', latestRoom(this.state.joined) !== undefined);
  }

  render({ session, handIn, base, overview = false }: JoinedBannerProps, { joined, invalid }: State) {
    const room = joinedRoom(joined, session);
    if (!room && invalid) {
      return (
        <aside class="joined" role="alert">
          <p>
            The room code “{invalid}” in this link is not one the site can read, so this phone has not joined a room. Scan the join code
            again, or type the address under it.
          </p>
        </aside>
      );
    }
    if (!room) return null;
    const place = roomPlace(room);
    return (
      <aside class="joined" aria-label={`Answering for room ${room.code}`}>
        {overview && (
          <div class="attendee">
            <p class="attendee-heading">You’re in room {room.code}: what to do</p>
            <ol>
              <li>Read the setup on the screen, or on your phone.</li>
              <li>Commit to the choice you would make.</li>
              <li>Hand in your answers when the facilitator asks.</li>
              <li>What happened appears when the facilitator reveals it.</li>
            </ol>
            <p>
              <a class="button primary" href={roomDilemmaPage(base, session, room, place)}>
                {place === 0 ? 'Go to the first dilemma' : `Go to dilemma ${place + 1}, where the room is`}
              </a>
            </p>
          </div>
        )}
        <p>
          Answering for room <strong class="room-code">{room.code}</strong>. When you have answered,{' '}
          <a href={`${handIn}#${encodeURIComponent(session)}`}>hand in your answers</a>.
        </p>
        <p class="leave">
          Not in this room any more?{' '}
          <button type="button" class="button" onClick={() => confirmLeave(session, room.code)}>
            Leave the room
          </button>
        </p>
      </aside>
    );
  }
}
