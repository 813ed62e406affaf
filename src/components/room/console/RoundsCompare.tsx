import { tallyRows } from '../../decision/tally';
import { roundCounts, type RoomDecision } from '../protocol/store';
import { shift } from './shift';
import { LETTERS } from '../../../utils/letters';

interface Props {
  decision: RoomDecision;
  choices: { id: string; label: string }[];
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Peer instruction's payoff: the two votes side by side, and who moved where. */
export default function RoundsCompare({ decision, choices }: Props) {
  const [first, second] = decision.rounds;
  const moved = shift(
    decision,
    choices.map((c) => c.id),
  );
  if (!first || !second || !moved) return null;
  const ids = choices.map((c) => c.id);
  const before = tallyRows(ids, roundCounts(first));
  const after = tallyRows(ids, roundCounts(second));
  const letter = (id: string) => LETTERS[ids.indexOf(id)] ?? '?';
  const changed = moved.moves.reduce((sum, m) => sum + m.phones, 0);
  const handChanges = ids.filter((id) => moved.hands[id] !== 0);
  return (
    <figure class="rounds">
      <table class="data-table">
        <caption>
          First and second vote: {before.total} then {after.total} {after.total === 1 ? 'vote' : 'votes'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Choice</th>
            <th scope="col">First vote</th>
            <th scope="col">Second vote</th>
          </tr>
        </thead>
        <tbody>
          {choices.map((choice, i) => (
            <tr key={choice.id}>
              <th scope="row">
                {LETTERS[i]}. {choice.label}
              </th>
              {[before.rows[i]!, after.rows[i]!].map((row, r) => (
                <td key={r}>
                  <span class="figure">
                    {row.count} · {row.percent}%
                  </span>
                  <span class={`bar round-${r + 1}`} aria-hidden="true">
                    <span style={{ width: `${row.percent}%` }} />
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption class="shift">
        {moved.both === 0 ? (
          <p>No phone handed in both times, so individual moves are not known.</p>
        ) : (
          <p>
            Of {moved.both} {moved.both === 1 ? 'phone' : 'phones'} that voted both times,{' '}
            {changed === 0 ? 'none changed' : `${changed} changed`} their answer{changed > 0 && ': '}
            {moved.moves.map((m, i) => (
              <span key={m.from + m.to}>
                {i > 0 && '; '}
                {m.phones} from {letter(m.from)} to {letter(m.to)}
              </span>
            ))}
            .
          </p>
        )}
        {handChanges.length > 0 && (
          <p>
            Hands, second vote against first: {handChanges.map((id) => `${letter(id)} ${signed(moved.hands[id]!)}`).join(', ')}. Hands are
            counted, not followed, so only the net change is known.
          </p>
        )}
      </figcaption>
    </figure>
  );
}
