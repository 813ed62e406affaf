import { Component } from 'preact';
import { collect, countedMessage, type Collected } from './collect';

interface Props {
  base: string;
}

interface State {
  result: Collected | null;
}

/**
 * A hand-in URL opened on a device, for example by the facilitator's phone
 * camera app: counted into this device's room with that code, if it runs one.
 */
export default class HandInReceived extends Component<Props, State> {
  state: State = { result: null };

  componentDidMount() {
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  componentWillUnmount() {
    window.removeEventListener('hashchange', this.read);
  }

  private read = () => this.setState({ result: collect(location.hash) });

  render({ base }: Props, { result }: State) {
    if (!result) return <p>Reading the hand-in…</p>;
    if (!result.ok) {
      return (
        <div class="received rejected" role="alert">
          <h2>Not counted</h2>
          <p>{result.message}</p>
        </div>
      );
    }
    return (
      <div class="received counted" role="status">
        <h2>Counted</h2>
        <p>{countedMessage(result)}</p>
        <p>
          <a class="button primary" href={`${base}room/${result.console}`}>
            Open room {result.room}
          </a>
        </p>
      </div>
    );
  }
}
