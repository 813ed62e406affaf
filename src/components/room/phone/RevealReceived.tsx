import { Component } from 'preact';
import { $joined, markRevealed } from '../protocol/joined';
import { readRevealFragment, unlockedBy } from '../protocol/reveal-code';
import { roomWithCode } from '../protocol/revealed';
import { roomDilemmaPage } from './room-pages';

interface Props {
  base: string;
}

type State = { kind: 'reading' } | { kind: 'refused'; message: string } | { kind: 'revealed'; n: number; href: string };

/** Back where the phone was, if it came from a page of this site; else the dilemma just revealed. */
function wayBack(fallback: string): string {
  try {
    const from = new URL(document.referrer);
    return from.origin === location.origin && from.pathname !== location.pathname ? from.href : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A reveal link scanned from the facilitator's screen ("room/reveal/#K7Q-ABC"):
 * records the reveal on this phone, then takes it back to the dilemma. Nothing
 * else changes, whatever the link says.
 */
export default class RevealReceived extends Component<Props, State> {
  state: State = { kind: 'reading' };

  componentDidMount() {
    const link = readRevealFragment(location.hash);
    // Read once: a reload or a restored tab has nothing to reveal again.
    history.replaceState(history.state, '', location.pathname + location.search);
    if (!link)
      return this.setState({
        kind: 'refused',
        message: 'This link does not carry a reveal code. Type the code on the screen where the outcome would be.',
      });
    const found = roomWithCode($joined.get(), link.room);
    if (!found) {
      return this.setState({
        kind: 'refused',
        message: `This phone is not in room ${link.room}. Join it with the code on the screen first; the reveal code then works.`,
      });
    }
    const [session, room] = found;
    const ids = unlockedBy(room, link.code);
    if (ids.length === 0) return this.setState({ kind: 'refused', message: `That is not a reveal code for room ${link.room}.` });
    markRevealed(session, ids);
    const href = wayBack(roomDilemmaPage(this.props.base, session, room, ids.length - 1));
    this.setState({ kind: 'revealed', n: ids.length, href });
    location.replace(href);
  }

  render(_: Props, state: State) {
    if (state.kind === 'reading') return <p>Reading the reveal code…</p>;
    if (state.kind === 'refused') {
      return (
        <div class="received rejected" role="alert">
          <h2>Nothing revealed</h2>
          <p>{state.message}</p>
        </div>
      );
    }
    return (
      <div class="received counted" role="status">
        <h2>Revealed</h2>
        <p>Dilemma {state.n} of the room now shows what happened on this phone.</p>
        <p>
          <a class="button primary" href={state.href}>
            Back to the dilemma
          </a>
        </p>
      </div>
    );
  }
}
