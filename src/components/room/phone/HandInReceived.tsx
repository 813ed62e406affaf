import { Component } from 'preact';
import { collect, countedMessage, type Collected } from '../protocol/collect';

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

  private read = () => {
    if (location.hash.length <= 1) {
      if (!this.state.result)
        this.setState({
          result: {
            ok: false,
            reason: 'malformed',
            message: 'This page counts a phone’s hand-in when it is opened from the QR code on that phone.',
          },
        });
      return;
    }
    const result = collect(location.hash);
    // Counted once: a reload, or a tab restored later, must not count an older hand-in over a newer one.
    history.replaceState(history.state, '', location.pathname + location.search);
    this.setState({ result });
  };

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
