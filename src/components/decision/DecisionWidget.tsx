import { $decisions, EMPTY, answer, clearAnswer, handOver, type DecisionsState } from './store';
import { $storageProblem } from '../../lib/storage/engine';
import { Watching } from '../../lib/storage/watching';
import { own } from '../../lib/storage/guards';
import { takeNotice } from './notice';
import { tallyRows } from './tally';
import TallyChart from './TallyChart';
import Forces from './Forces';
import type { DecisionProps } from './types';

interface State {
  /** Everything stored; EMPTY until hydrated, as on the server. */
  decisions: DecisionsState;
  editing: boolean;
  picked?: string | undefined;
  status: string;
}

/**
 * The interactive half of a decision: pick, commit, then see the consequence
 * and this device's tally. The server renders the neutral (unanswered) state;
 * the stored answer appears only after hydration, so markup always matches.
 */
export default class DecisionWidget extends Watching<DecisionProps, State> {
  state: State = { decisions: EMPTY, editing: false, status: '' };
  private root: HTMLDivElement | null = null;
  /** Where focus goes after the next render that contains it. */
  private focusTarget: string | null = null;
  componentDidMount() {
    // A reader may pick before hydration (a fast Tab and arrow key): keep that pick.
    const early = this.root?.querySelector<HTMLInputElement>('input:checked');
    if (early) this.setState({ picked: early.value });
    this.watch('decisions', $decisions);
  }

  componentDidUpdate() {
    // The target may only exist after a later render, so it is kept until then.
    const target = this.focusTarget && this.root?.querySelector<HTMLElement>(this.focusTarget);
    if (!target) return;
    target.focus();
    this.focusTarget = null;
  }

  private label = (choiceId?: string) => this.props.choices.find((c) => c.id === choiceId)?.label ?? '';

  private say(message: string, change: Partial<State> = {}, focus: string | null = null) {
    this.focusTarget = focus;
    this.setState({ ...change, status: [message, takeNotice($storageProblem.get())].filter(Boolean).join(' ') });
  }

  private commit = () => {
    const { picked } = this.state;
    if (!picked) return this.say('Pick one of the choices first.');
    answer(this.props.id, picked);
    this.say(`Answer saved: ${this.label(picked)}.`, { editing: false }, '.verdict');
  };

  private startOver(action: typeof clearAnswer, message: string) {
    action(this.props.id);
    this.say(message, { picked: undefined }, 'input');
  }

  render({ id, choices, actual, forces = [] }: DecisionProps, { decisions, editing, picked, status }: State) {
    const mine = own(decisions.answers, id)?.choice;
    const answered = mine !== undefined && !editing;
    const { rows, total } = tallyRows(
      choices.map((c) => c.id),
      own(decisions.tally, id),
    );
    const chosen = choices.find((c) => c.id === mine);

    return (
      <div class="widget" ref={(el) => void (this.root = el)} data-state={answered ? 'answered' : 'open'}>
        {answered && chosen ? (
          <div class="result">
            <p class="verdict" tabIndex={-1}>
              You chose: <strong>{chosen.label}</strong>
            </p>
            <p class="consequence">{chosen.consequence}</p>
            {chosen.lenses.length > 0 && <p class="lenses">Leans on: {chosen.lenses.join(', ')}</p>}
            {actual && (
              <p class="actual">
                In the story, the narrator chose: <strong>{this.label(actual)}</strong>
                {actual === mine ? ' — the same as you.' : '.'}
              </p>
            )}
            <Forces id={id} forces={forces} />
            <TallyChart
              class="tally"
              caption={`Choices made on this device: ${total} ${total === 1 ? 'answer' : 'answers'}`}
              rows={rows}
              labels={rows.map((row) => this.label(row.id))}
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
                  this.focusTarget = 'input:checked';
                  this.setState({ editing: true, picked: mine });
                }}
              >
                Change my answer
              </button>
              <button type="button" class="button" onClick={() => this.startOver(clearAnswer, 'Your answer is cleared.')}>
                Clear my answer
              </button>
              <button
                type="button"
                class="button"
                onClick={() => this.startOver(handOver, 'Ready for the next person. Their answer adds to this device’s tally.')}
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
                    onChange={() => this.setState({ picked: choice.id })}
                  />
                  <span>{choice.label}</span>
                </label>
              ))}
            </div>
            <div class="actions needs-js" data-pagefind-ignore>
              <button type="button" class="button primary commit" onClick={this.commit}>
                {editing ? 'Change to this choice' : 'Commit to this choice'}
              </button>
              {editing && (
                <button type="button" class="button" onClick={() => this.setState({ editing: false })}>
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
}
