import { Watching } from '../../../lib/storage/watching';
import { own } from '../../../lib/storage/guards';
import { $decisions, EMPTY, type DecisionsState } from '../../decision/store';
import { fetchSummary } from '../../my-answers/summaries';
import type { DecisionSummary } from '../../../stories/summary';
import Qr from '../../share/Qr';
import { HAND_IN_PATH, encodeHandIn, grouped } from '../protocol/hand-in-code';
import { $joined, EMPTY_JOINED, firstJoined, joinedRoom, latestRoom, type JoinedState } from '../protocol/joined';
import { whoHandsIn } from './who-hands-in';
import { confirmLeave } from './leave';

interface Props {
  base: string;
  dilemmas: string;
}

interface State {
  joined: JoinedState;
  decisions: DecisionsState;
  summaries: Record<string, DecisionSummary | null>;
  session: string;
}

/** Where to answer a dilemma not yet handed in: a track's own step (kept on the phone for offline use), else the dilemma's page. */
const answerHref = (base: string, session: string, id: string, index: number) =>
  session.startsWith('track:')
    ? `${base}tracks/${encodeURIComponent(session.slice('track:'.length))}/${index + 1}/`
    : `${base}dilemmas/${encodeURIComponent(id)}/`;

/**
 * The phone's hand-in: a QR code the facilitator scans and the same code in
 * characters to read out or type. It is made from the reader's own answers,
 * which handing in never changes.
 */
export default class MyHandIn extends Watching<Props, State> {
  state: State = { joined: EMPTY_JOINED, decisions: EMPTY, summaries: {}, session: '' };

  componentDidMount() {
    this.watch('joined', $joined);
    this.watch('decisions', $decisions);
    window.addEventListener('hashchange', this.pick);
    this.pick();
  }

  componentWillUnmount() {
    super.componentWillUnmount();
    window.removeEventListener('hashchange', this.pick);
  }

  private pick = () => {
    let named = '';
    try {
      named = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A mangled address names no room: the latest one is shown.
    }
    const session = joinedRoom($joined.get(), named) ? named : (latestRoom($joined.get())?.[0] ?? '');
    this.setState({ session });
    const room = joinedRoom($joined.get(), session);
    for (const { id } of room?.decisions ?? []) {
      void fetchSummary(this.props.dilemmas, id).then((summary) =>
        this.setState(({ summaries }) => ({ summaries: { ...summaries, [id]: summary } })),
      );
    }
  };

  render({ base }: Props, { joined, decisions, summaries, session }: State) {
    const room = joinedRoom(joined, session);
    if (!room) {
      return (
        <div class="no-room">
          <p>This phone is not answering for a room right now.</p>
          <p>To join one, scan the QR code the facilitator shows, or open the address under it.</p>
        </div>
      );
    }
    const { person, order, choices } = whoHandsIn(room.decisions, decisions, firstJoined(joined, room.code) ?? room.at);
    const code = encodeHandIn(room, room.token, choices, { person, order });
    const url = `${location.origin}${base}${HAND_IN_PATH}#${code}`;
    const answered = room.decisions.filter((d) => choices[d.id] !== undefined).length;
    return (
      <div class="my-hand-in">
        <p class="answering">
          Room <strong class="room-code">{room.code}</strong> · {room.title}
          {person > 0 && ` · person ${person + 1} on this phone`}
        </p>
        <p class="answered" aria-live="polite">
          {answered} of {room.decisions.length} {room.decisions.length === 1 ? 'dilemma' : 'dilemmas'} answered
          {answered < room.decisions.length && ': you can hand in now and again later, and the later hand-in replaces this one'}.
        </p>
        <p class="show-it">
          <strong>Show this screen to the facilitator:</strong> they scan the code, and your answers are counted.
        </p>
        <Qr href={url} class="hand-in-qr" />
        <p class="typed-code">
          No camera? Read out or type this code: <strong data-hand-in-code={code}>{grouped(code)}</strong>
        </p>
        <ul class="later">
          <li>
            <strong>A second vote?</strong> Keep your answer or change it, then show this screen again: the new code replaces your first.
          </li>
          <li>
            <strong>A new room code on the projector?</strong> Scan its join code: your answers stay on this phone and come with you.
          </li>
        </ul>
        <h2>What you are handing in</h2>
        <ol class="handed">
          {room.decisions.map((d, i) => {
            const summary = own(summaries, d.id);
            const chosen = choices[d.id];
            const label = summary?.choices.find((c) => c.id === chosen)?.label;
            return (
              <li key={d.id}>
                <span class="question">{summary?.question ?? d.id}</span>
                <span class="answer">
                  {chosen === undefined ? <a href={answerHref(base, session, d.id, i)}>Not answered yet: answer it</a> : (label ?? chosen)}
                </span>
              </li>
            );
          })}
        </ol>
        <p class="hint">Handing in shows your choices to the room’s count only; it never changes your own answers on this phone.</p>
        <button type="button" class="button" onClick={() => confirmLeave(session, room.code)}>
          Leave room {room.code}
        </button>
      </div>
    );
  }
}
