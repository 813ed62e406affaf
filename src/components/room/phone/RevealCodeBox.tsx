import { Component } from 'preact';
import { $joined } from '../protocol/joined';
import { revealWith } from '../protocol/revealed';

interface Props {
  /** The session whose room the code is checked against. */
  session: string;
  /** The decision this box stands in for: ids make its field's label unique on a page. */
  decision: string;
}

interface State {
  typed: string;
  wrong: boolean;
}

/**
 * Where the outcome would be, on a phone in a room: the box for the reveal
 * code the facilitator's screen shows. A right code records the reveal and the
 * widget redraws; a wrong one says so and changes nothing.
 */
export default class RevealCodeBox extends Component<Props, State> {
  state: State = { typed: '', wrong: false };

  private submit = (event: Event) => {
    event.preventDefault();
    const opened = revealWith($joined.get(), this.props.session, this.state.typed);
    this.setState({ wrong: opened.length === 0 });
  };

  render({ decision }: Props, { typed, wrong }: State) {
    const field = `reveal-code-${decision}`;
    return (
      <form class="reveal-code" onSubmit={this.submit}>
        <label for={field}>Reveal code from the screen</label>
        <span class="reveal-code-row">
          <input
            id={field}
            class="field"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={8}
            value={typed}
            aria-describedby={wrong ? `${field}-wrong` : undefined}
            onInput={(e) => this.setState({ typed: (e.currentTarget as HTMLInputElement).value, wrong: false })}
          />
          <button type="submit" class="button">
            Show what happened
          </button>
        </span>
        {wrong && (
          <p id={`${field}-wrong`} class="reveal-code-wrong" role="alert">
            That is not a reveal code for this room. Check the code on the screen and try again.
          </p>
        )}
      </form>
    );
  }
}
