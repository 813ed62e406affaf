import {
  $room,
  EMPTY_ROOM,
  countHand,
  currentRound,
  MAX_HANDS,
  setHands,
  hands,
  phones,
  voters,
  resetRoomDecision,
  roomDecision,
  roundCounts,
  setRevealed,
  type RoomDecision,
  type RoomState,
} from '../protocol/store';
import { tallyRows } from '../../decision/tally';
import TallyChart from '../../decision/TallyChart';
import { Watching } from '../../../lib/storage/watching';
import { clock, pause, start, stopped, timeLeft, type Countdown } from './countdown';
import { LETTERS } from '../../../utils/letters';
import { own } from '../../../lib/storage/guards';

export interface RoomTallyProps {
  /** "track:<id>" or "dilemma:<id>": counts belong to one session. */
  session: string;
  decision: string;
  choices: { id: string; label: string }[];
}

interface State {
  room: RoomState;
  minutes: number;
  countdown: Countdown;
  /** The clock at the last tick; ticks only redraw, the time left comes from the deadline. */
  now: number;
  status: string;
}

/** The letters the projector and the charts give the choices. */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 hands counted", or with phones: "12 phones and 3 hands" ("5 people on 4 phones and 3 hands" when people share one). */
export const counted = (handCount: number, phoneCount: number, voterCount = phoneCount) =>
  phoneCount === 0
    ? `${plural(handCount, 'hand', 'hands')} counted`
    : `${voterCount > phoneCount ? `${plural(voterCount, 'person', 'people')} on ` : ''}${plural(phoneCount, 'phone', 'phones')} and ${plural(handCount, 'hand', 'hands')}`;

/** Counting hands on the facilitator's device: hidden while counting, revealed as a big chart. */
export default class RoomTally extends Watching<RoomTallyProps, State> {
  state: State = { room: EMPTY_ROOM, minutes: 3, countdown: stopped(3 * 60_000), now: 0, status: '' };
  private timer?: number;

  componentDidMount() {
    this.watch('room', $room);
  }

  componentWillUnmount() {
    super.componentWillUnmount();
    this.stopTicking();
  }

  private tick = () => {
    const now = Date.now();
    if (timeLeft(this.state.countdown, now) > 0) return this.setState({ now });
    this.stopTicking();
    this.setState({ now, countdown: stopped(0), status: 'Time is up.' });
  };

  private stopTicking() {
    window.clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.tick);
  }

  private startStop = () => {
    const { countdown, minutes, now } = this.state;
    const at = Date.now();
    this.stopTicking();
    if (countdown.deadline !== null) return this.setState({ countdown: pause(countdown, at), now: at });
    const from = timeLeft(countdown, now) === 0 ? stopped(minutes * 60_000) : countdown;
    this.setState({ countdown: start(from, at), now: at, status: '' });
    // A throttled background tab may tick rarely; the deadline keeps the time right.
    this.timer = window.setInterval(this.tick, 250);
    document.addEventListener('visibilitychange', this.tick);
  };

  private resetTimer = () => {
    this.stopTicking();
    this.setState({ countdown: stopped(this.state.minutes * 60_000) });
  };

  private resetCount(d: RoomDecision) {
    const { session, decision } = this.props;
    const handedIn = new Set(d.rounds.flatMap((r) => Object.keys(r.handIns))).size;
    // Phones' hand-ins cannot be counted again by hand: ask before they go.
    const question = `Reset this dilemma? The hands and ${handedIn} ${handedIn === 1 ? 'phone’s hand-in' : 'phones’ hand-ins'} of every vote are cleared.`;
    if (handedIn > 0 && !window.confirm(question)) return;
    resetRoomDecision(session, decision);
    this.setState({ status: handedIn > 0 ? 'Hands and hand-ins cleared.' : 'Room count reset.' });
  }

  render({ session, decision, choices }: RoomTallyProps, { room, minutes, countdown, now, status }: State) {
    const d = roomDecision(room, session, decision);
    const { revealed } = d;
    const round = currentRound(d);
    const { rows, total } = tallyRows(
      choices.map((c) => c.id),
      roundCounts(round),
    );
    const second = d.rounds.length > 1;
    const running = countdown.deadline !== null;
    const left = timeLeft(countdown, now);
    return (
      <div class="room-tally" data-revealed={revealed}>
        <div class="counting">
          <p class="total" aria-live="polite">
            {second && 'Second vote: '}
            {counted(hands(round), phones(round), voters(round))}
          </p>
          <ul class="counters">
            {choices.map((choice, index) => (
              <li key={choice.id}>
                <span class="letter" aria-hidden="true">
                  {LETTERS[index]}
                </span>
                <span class="counter-label">{choice.label}</span>
                <span class="counter-buttons">
                  <button
                    type="button"
                    class="button"
                    aria-label={`−1 hand for ${choice.label}`}
                    onClick={() => countHand(session, decision, choice.id, -1)}
                  >
                    −1
                  </button>
                  <input
                    class="field hands"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={MAX_HANDS}
                    aria-label={`Hands for ${choice.label}`}
                    value={own(round.counts, choice.id) ?? 0}
                    onChange={(e) => setHands(session, decision, choice.id, (e.currentTarget as HTMLInputElement).valueAsNumber)}
                  />
                  <button
                    type="button"
                    class="button primary"
                    aria-label={`+1 hand for ${choice.label}`}
                    onClick={() => countHand(session, decision, choice.id, 1)}
                  >
                    +1
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>

        <div class="timer" role="group" aria-label="Discussion timer">
          <label>
            Minutes{' '}
            <select
              class="field"
              value={minutes}
              onChange={(e) => {
                const chosen = Number((e.target as HTMLSelectElement).value);
                this.setState(running ? { minutes: chosen } : { minutes: chosen, countdown: stopped(chosen * 60_000) });
              }}
            >
              {[1, 2, 3, 5, 10].map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <span class="clock" role="timer" aria-live="off">
            {clock(left)}
          </span>
          <button type="button" class="button" onClick={this.startStop}>
            {running ? 'Pause timer' : 'Start timer'}
          </button>
          <button type="button" class="button" onClick={this.resetTimer}>
            Reset timer
          </button>
        </div>

        <div class="room-actions">
          <button type="button" class="button primary" onClick={() => setRevealed(session, decision, !revealed)}>
            {revealed ? 'Hide results' : 'Reveal results'}
          </button>
          <button type="button" class="button" onClick={() => this.resetCount(d)}>
            Reset the count
          </button>
        </div>

        {revealed && (
          <TallyChart
            class="room-chart"
            caption={`${second ? 'How the room chose the second time' : 'How the room chose'}: ${total} ${total === 1 ? 'vote' : 'votes'}`}
            rows={rows}
            labels={choices.map((choice, index) => `${LETTERS[index]}. ${choice.label}`)}
          />
        )}
        <p class="status" role="status">
          {status}
        </p>
      </div>
    );
  }
}
