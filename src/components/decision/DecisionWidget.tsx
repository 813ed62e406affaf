import { $decisions, EMPTY, answer, clearAnswer, countAnother, handOver, type DecisionsState } from './store';
import { $workshop, keepWorkshopOpen, type WorkshopState } from './workshop';
import { readChoices } from '../share/shared-choices';
import { onARoomPhone, roomGate } from '../room/protocol/joined-key';
import { $storageProblem } from '../../lib/storage/engine';
import { Watching } from '../../lib/storage/watching';
import { own } from '../../lib/storage/guards';
import { takeNotice } from './notice';
import { tallyRows } from './tally';
import TallyChart from './TallyChart';
import Forces from './Forces';
import type { DecisionProps } from './types';
import type { JoinedState } from '../room/protocol/joined';
import type { Gate } from '../room/phone/outcome-gate';

interface State {
  /** Everything stored; EMPTY until hydrated, as on the server. */
  decisions: DecisionsState;
  workshop: WorkshopState;
  /** The rooms this phone answers for: their outcomes wait for the facilitator's reveal. */
  joined?: JoinedState;
  editing: boolean;
  /** Picking for another person on this device: their choice goes to the tally only. */
  another: boolean;
  picked?: string | undefined;
  /** A phone answering for a room: its workshop controls stay in view, and its outcomes wait for the reveal. */
  roomPhone: boolean;
  /** On a room phone, what holds the outcome back: loaded only there; null if it could not load. */
  gate?: Gate | null;
  /** What a colleague chose here, from a shared link: told only after the reader commits. */
  colleague?: string | undefined;
  status: string;
}

/** Fewer answers than this on one device is the reader alone: no poll to show. */
const POLL_FROM = 2;

/**
 * The interactive half of a decision: pick, commit, then see the consequence
 * and this device's tally. The server renders the neutral (unanswered) state;
 * the stored answer appears only after hydration, so markup always matches.
 */
export default class DecisionWidget extends Watching<DecisionProps, State> {
  state: State = {
    decisions: EMPTY,
    workshop: { version: 1, open: false },
    editing: false,
    another: false,
    roomPhone: false,
    status: '',
  };
  private root: HTMLDivElement | null = null;
  /** Where focus goes after the next render that contains it. */
  private focusTarget: string | null = null;
  componentDidMount() {
    // A reader may pick before hydration (a fast Tab and arrow key): keep that pick.
    const early = this.root?.querySelector<HTMLInputElement>('input:checked');
    if (early) this.setState({ picked: early.value });
    const shared = readChoices(location.search).get(this.props.id);
    if (shared && this.props.choices.some((c) => c.id === shared)) this.setState({ colleague: shared });
    this.watch('decisions', $decisions);
    this.watch('workshop', $workshop);
    if (!onARoomPhone()) return;
    this.setState({ roomPhone: true });
    void roomGate().then((gate) => {
      this.setState({ gate });
      if (gate) this.watch('joined', gate.$joined);
    });
  }

  /** What this phone may show of the dilemma: everything, unless a room it joined has not revealed it yet. */
  private showing() {
    const { gate, joined, roomPhone } = this.state;
    if (gate) return gate.showing(joined ?? gate.$joined.get(), this.props.id);
    // Until the gate loads, a room phone holds the outcome back.
    return { kind: roomPhone && gate === undefined ? ('loading' as const) : ('open' as const) };
  }

  componentDidUpdate() {
    // At the room's pace the setup waits too (Decision.astro's CSS), not only the choices.
    this.root?.closest('.decision')?.toggleAttribute('data-room-behind', this.showing().kind === 'room-behind');
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
    const { picked, another } = this.state;
    if (!picked) return this.say('Pick one of the choices first.');
    if (another) {
      countAnother(this.props.id, picked);
      return this.say(
        `Their answer, ${this.label(picked)}, is in this device’s tally; yours is unchanged.`,
        { another: false, picked: undefined },
        '.verdict',
      );
    }
    answer(this.props.id, picked);
    // Focus moves to "You chose: …", which says it: a second line under the answer would only repeat it.
    this.say('', { editing: false }, '.verdict');
  };

  /** Someone else answers: on a room phone the next person takes the phone over; on a reader's own device they only add to the tally. */
  private someoneElse = () => {
    if (this.state.roomPhone) return this.startOver(handOver, 'Ready for the next person. Their answer adds to this device’s tally.');
    this.focusTarget = 'input';
    this.setState({ another: true, picked: undefined, status: '' });
  };

  private startOver(action: typeof clearAnswer, message: string) {
    action(this.props.id);
    this.say(message, { picked: undefined }, 'input');
  }

  private change = () => {
    this.focusTarget = 'input:checked';
    this.setState({ editing: true, picked: own(this.state.decisions.answers, this.props.id)?.choice });
  };

  render(
    { id, choices, actual, forces = [] }: DecisionProps,
    { decisions, workshop, gate, editing, another, roomPhone, picked, colleague, status }: State,
  ) {
    const mine = own(decisions.answers, id)?.choice;
    const answered = mine !== undefined && !editing && !another;
    const { rows, total } = tallyRows(
      choices.map((c) => c.id),
      own(decisions.tally, id),
    );
    const chosen = choices.find((c) => c.id === mine);
    const room = this.showing();

    return (
      <div
        class="widget"
        ref={(el) => void (this.root = el)}
        data-state={room.kind === 'room-behind' ? room.kind : answered ? 'answered' : 'open'}
      >
        {gate && room.kind === 'room-behind' ? (
          <gate.RoomBehind session={room.session} room={room.room} decision={id} />
        ) : gate && answered && chosen && room.kind === 'outcome-waits' ? (
          <gate.AnswerIn
            session={room.session}
            room={room.room}
            decision={id}
            label={chosen.label}
            change={this.change}
            someoneElse={this.someoneElse}
          />
        ) : answered && room.kind === 'loading' ? null : answered && chosen ? (
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
            {colleague && (
              <p class="colleague">
                The colleague who sent this link chose: <strong>{this.label(colleague)}</strong>
                {colleague === mine ? ' — the same as you.' : '.'}
              </p>
            )}
            <Forces id={id} forces={forces} />
            {total >= POLL_FROM && (
              <TallyChart
                class="tally"
                caption={`Choices made on this device: ${total} answers`}
                rows={rows}
                labels={rows.map((row) => this.label(row.id))}
                mine={mine}
              />
            )}
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
              <button type="button" class="button" onClick={this.change}>
                Change my answer
              </button>
              <button type="button" class="button" onClick={() => this.startOver(clearAnswer, 'Your answer is cleared.')}>
                Clear my answer
              </button>
            </div>
            <details
              class="workshop"
              open={workshop.open || roomPhone}
              data-pagefind-ignore
              onToggle={(event) => keepWorkshopOpen((event.currentTarget as HTMLDetailsElement).open)}
            >
              <summary>In a workshop</summary>
              <p>Passing this device round? The next person’s answer joins this device’s tally, and yours stays as it is.</p>
              <button type="button" class="button" onClick={this.someoneElse}>
                Someone else answers
              </button>
            </details>
          </div>
        ) : (
          <div class="pick">
            {another && <p class="another">Another person’s choice: it joins this device’s tally and leaves your answer as it is.</p>}
            {colleague && !another && <p class="colleague">A colleague sent you their answer to this one. Commit to yours to see it.</p>}
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
                {another ? 'Add their answer' : editing ? 'Change to this choice' : 'Commit to this choice'}
              </button>
              {(editing || another) && (
                <button type="button" class="button" onClick={() => this.setState({ editing: false, another: false })}>
                  {another ? 'Cancel' : 'Keep my answer'}
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
