import { useRef, useState, useEffect } from 'preact/hooks';
import { useStore } from '../storage/use-store';
import { $decisions, EMPTY, answer, clearAnswer, handOver } from './store';
import { $storageProblem } from '../storage/engine';
import { own } from '../storage/guards';
import { takeNotice } from './notice';
import { tallyRows } from './tally';
import TallyChart from './TallyChart';
import type { DecisionProps } from './types';

/**
 * The interactive half of a decision: pick, commit, then see the consequence
 * and this device's tally. The server renders the neutral (unanswered) state;
 * the stored answer appears only after hydration, so markup always matches.
 */
export default function DecisionWidget({ id, choices, actual }: DecisionProps) {
  const decisions = useStore($decisions, { ssr: () => EMPTY });
  const mine = own(decisions.answers, id)?.choice;
  const [editing, setEditing] = useState(false);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const focusTarget = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // A reader may pick before hydration (a fast Tab and arrow key): keep that pick.
  useEffect(() => {
    const early = root.current?.querySelector<HTMLInputElement>('input:checked');
    if (early) setPicked(early.value);
  }, []);

  useEffect(() => {
    // Preact may flush this effect before the render that adds the target,
    // so the target is kept until it exists.
    const target = focusTarget.current && root.current?.querySelector<HTMLElement>(focusTarget.current);
    if (!target) return;
    target.focus();
    focusTarget.current = null;
  });

  const label = (choiceId?: string) => choices.find((c) => c.id === choiceId)?.label ?? '';
  const say = (message: string) => setStatus([message, takeNotice($storageProblem.get())].filter(Boolean).join(' '));

  const commit = () => {
    if (!picked) return say('Pick one of the choices first.');
    answer(id, picked);
    setEditing(false);
    focusTarget.current = '.verdict';
    say(`Answer saved: ${label(picked)}.`);
  };
  const startOver = (action: typeof clearAnswer, message: string) => {
    action(id);
    setPicked(undefined);
    focusTarget.current = 'input';
    say(message);
  };

  const answered = mine !== undefined && !editing;
  const { rows, total } = tallyRows(
    choices.map((c) => c.id),
    own(decisions.tally, id),
  );
  const chosen = choices.find((c) => c.id === mine);

  return (
    <div class="widget" ref={root} data-state={answered ? 'answered' : 'open'}>
      {answered && chosen ? (
        <div class="result">
          <p class="verdict" tabIndex={-1}>
            You chose: <strong>{chosen.label}</strong>
          </p>
          <p class="consequence">{chosen.consequence}</p>
          {chosen.lenses.length > 0 && <p class="lenses">Leans on: {chosen.lenses.join(', ')}</p>}
          {actual && (
            <p class="actual">
              In the story, the narrator chose: <strong>{label(actual)}</strong>
              {actual === mine ? ' — the same as you.' : '.'}
            </p>
          )}
          <TallyChart
            class="tally"
            caption={`Choices made on this device: ${total} ${total === 1 ? 'answer' : 'answers'}`}
            rows={rows}
            labels={rows.map((row) => label(row.id))}
            mine={mine}
          />
          <details class="others">
            <summary>Where the other choices lead</summary>
            <dl>
              {choices
                .filter((c) => c.id !== mine)
                .map((c) => (
                  <div key={c.id}>
                    <dt>{c.label}</dt>
                    <dd>{c.consequence}</dd>
                  </div>
                ))}
            </dl>
          </details>
          <div class="actions" data-pagefind-ignore>
            <button
              type="button"
              class="button"
              onClick={() => {
                setEditing(true);
                setPicked(mine);
                focusTarget.current = 'input:checked';
              }}
            >
              Change my answer
            </button>
            <button type="button" class="button" onClick={() => startOver(clearAnswer, 'Your answer is cleared.')}>
              Clear my answer
            </button>
            <button
              type="button"
              class="button"
              onClick={() => startOver(handOver, 'Ready for the next person. Their answer adds to this device’s tally.')}
            >
              Someone else answers
            </button>
          </div>
        </div>
      ) : (
        <div class="pick">
          <div class="choices" role="radiogroup" aria-labelledby={id}>
            {choices.map((choice) => (
              <label key={choice.id} class="choice">
                <input
                  type="radio"
                  name={`choice-${id}`}
                  value={choice.id}
                  checked={picked === choice.id}
                  onChange={() => setPicked(choice.id)}
                />
                <span>{choice.label}</span>
              </label>
            ))}
          </div>
          <div class="actions needs-js" data-pagefind-ignore>
            <button type="button" class="button primary commit" onClick={commit}>
              {editing ? 'Change to this choice' : 'Commit to this choice'}
            </button>
            {editing && (
              <button type="button" class="button" onClick={() => setEditing(false)}>
                Keep my answer
              </button>
            )}
          </div>
        </div>
      )}
      <p class="status" role="status" data-pagefind-ignore>
        {status}
      </p>
    </div>
  );
}
