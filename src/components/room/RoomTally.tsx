import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $room, EMPTY_ROOM, countHand, resetRoomDecision, roomDecision, setRevealed } from './store';
import { tallyRows } from '../decision/tally';
import TallyChart from '../decision/TallyChart';

export interface RoomTallyProps {
  /** "track:<id>" or "dilemma:<id>": counts belong to one session. */
  session: string;
  decision: string;
  choices: { id: string; label: string }[];
}

const LETTERS = 'ABCD';
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Counting hands on the facilitator's device: hidden while counting, revealed as a big chart. */
export default function RoomTally({ session, decision, choices }: RoomTallyProps) {
  const room = useStore($room, { ssr: () => EMPTY_ROOM });
  const { counts, revealed } = roomDecision(room, session, decision);
  const { rows, total } = tallyRows(choices.map((c) => c.id), counts);
  const [minutes, setMinutes] = useState(3);
  const [left, setLeft] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState('');
  const timer = useRef<number>();

  useEffect(() => {
    if (!running) return;
    timer.current = window.setInterval(() => {
      setLeft((s) => {
        if (s === null || s <= 1) {
          setRunning(false);
          setStatus('Time is up.');
          return 0;
        }
        return s - 1;
      });
    }, 1000);
    return () => window.clearInterval(timer.current);
  }, [running]);

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
          <select value={minutes} onChange={(e) => setMinutes(Number((e.target as HTMLSelectElement).value))}>
            {[1, 2, 3, 5, 10].map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <span class="clock" role="timer" aria-live="off">
          {clock(left ?? minutes * 60)}
        </span>
        <button
          type="button"
          class="button"
          onClick={() => {
            if (left === null || left === 0) setLeft(minutes * 60);
            setRunning(!running);
            setStatus('');
          }}
        >
          {running ? 'Pause timer' : 'Start timer'}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            setRunning(false);
            setLeft(null);
          }}
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
