import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../storage/use-store';
import { $room, EMPTY_ROOM, countHand, resetRoomDecision, roomDecision, setRevealed } from './store';
import { tallyRows } from '../decision/tally';
import TallyChart from '../decision/TallyChart';
import { clock, pause, start, stopped, timeLeft } from './countdown';

export interface RoomTallyProps {
  /** "track:<id>" or "dilemma:<id>": counts belong to one session. */
  session: string;
  decision: string;
  choices: { id: string; label: string }[];
}

const LETTERS = 'ABCD';

/** Counting hands on the facilitator's device: hidden while counting, revealed as a big chart. */
export default function RoomTally({ session, decision, choices }: RoomTallyProps) {
  const room = useStore($room, { ssr: () => EMPTY_ROOM });
  const { counts, revealed } = roomDecision(room, session, decision);
  const { rows, total } = tallyRows(choices.map((c) => c.id), counts);
  const [minutes, setMinutes] = useState(3);
  const [countdown, setCountdown] = useState(stopped(3 * 60_000));
  const [now, setNow] = useState(0);
  const [status, setStatus] = useState('');
  const running = countdown.deadline !== null;
  const left = timeLeft(countdown, now);

  // Ticks only redraw; the time left always comes from the deadline.
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const id = window.setInterval(tick, 250);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [running]);

  useEffect(() => {
    if (running && left === 0) {
      setCountdown(stopped(0));
      setStatus('Time is up.');
    }
  }, [running, left]);

  return (
    <div class="room-tally" data-revealed={revealed}>
      <div class="counting">
        <p class="total" aria-live="polite">
          {total} {total === 1 ? 'hand' : 'hands'} counted
        </p>
        <ul class="counters">
          {choices.map((choice, index) => (
            <li key={choice.id}>
              <span class="letter" aria-hidden="true">
                {LETTERS[index]}
              </span>
              <span class="counter-label">{choice.label}</span>
              <span class="counter-buttons">
                <button type="button" class="button" aria-label={`−1 hand for ${choice.label}`} onClick={() => countHand(session, decision, choice.id, -1)}>
                  −1
                </button>
                <button type="button" class="button primary" aria-label={`+1 hand for ${choice.label}`} onClick={() => countHand(session, decision, choice.id, 1)}>
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
            value={minutes}
            onChange={(e) => {
              const chosen = Number((e.target as HTMLSelectElement).value);
              setMinutes(chosen);
              if (!running) setCountdown(stopped(chosen * 60_000));
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
        <button
          type="button"
          class="button"
          onClick={() => {
            const at = Date.now();
            setNow(at);
            setCountdown(running ? pause(countdown, at) : start(left === 0 ? stopped(minutes * 60_000) : countdown, at));
            setStatus('');
          }}
        >
          {running ? 'Pause timer' : 'Start timer'}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => setCountdown(stopped(minutes * 60_000))}
        >
          Reset timer
        </button>
      </div>

      <div class="room-actions">
        <button type="button" class="button primary" onClick={() => setRevealed(session, decision, !revealed)}>
          {revealed ? 'Hide results' : 'Reveal results'}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            resetRoomDecision(session, decision);
            setStatus('Room count reset.');
          }}
        >
          Reset the count
        </button>
      </div>

      {revealed && (
        <TallyChart
          class="room-chart"
          caption={`How the room chose: ${total} ${total === 1 ? 'hand' : 'hands'}`}
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
