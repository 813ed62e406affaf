import { Component } from 'preact';
import { canKeep, download, fetchList, missing } from './download';

interface Props {
  /** The site's base path, ending in "/". */
  base: string;
}

type State =
  | { step: 'checking' }
  | { step: 'unable'; why: string }
  | { step: 'offer'; files: string[]; bytes: number; total: number }
  | { step: 'saving'; files: string[]; bytes: number; done: number }
  | { step: 'stopped'; files: string[]; bytes: number; done: number }
  | { step: 'kept' };

const megabytes = (bytes: number) => `${Math.max(0.1, bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * "Make this site available offline": every story, dilemma, track and the
 * search on this device, for a room with no Wi-Fi. A device otherwise keeps
 * only what it opens, so a phone joining a room never downloads the library;
 * the whole site is the facilitator's choice, its size shown first.
 */
export default class MakeOffline extends Component<Props, State> {
  state: State = { step: 'checking' };

  async componentDidMount() {
    if (!canKeep()) return this.setState({ step: 'unable', why: 'This browser cannot keep the site for offline use here.' });
    const list = await fetchList(this.props.base);
    if (!list)
      return this.setState({ step: 'unable', why: 'The list of the site’s files could not be loaded. Try again once you are online.' });
    const files = await missing(list.files);
    // What is still to come, in proportion to the whole list's bytes: a close estimate, shown before anything is fetched.
    const bytes = list.files.length ? Math.round((list.bytes * files.length) / list.files.length) : 0;
    this.setState(files.length ? { step: 'offer', files, bytes, total: list.files.length } : { step: 'kept' });
  }

  save = async () => {
    const { step } = this.state;
    if (step !== 'offer' && step !== 'stopped') return;
    const { files, bytes } = this.state;
    // After a dropped connection, only what is still missing: what was kept stays kept.
    const left = step === 'stopped' ? await missing(files) : files;
    const before = files.length - left.length;
    this.setState({ step: 'saving', files, bytes, done: before });
    try {
      await download(left, (done) => this.setState({ step: 'saving', files, bytes, done: before + done }));
      this.setState({ step: 'kept' });
    } catch {
      this.setState((now) => ({ step: 'stopped', files, bytes, done: now.step === 'saving' ? now.done : before }));
    }
  };

  render(_: Props, state: State) {
    return (
      <section class="make-offline needs-js" aria-labelledby="make-offline-title">
        <h2 id="make-offline-title">Use this site with no connection</h2>
        <p>
          This device keeps the pages you open. To have every story, dilemma and track, and the search, ready for a room with no Wi-Fi, keep
          the whole site here.
        </p>
        {state.step === 'checking' && <p>Checking what this device already has…</p>}
        {state.step === 'unable' && <p>{state.why}</p>}
        {state.step === 'offer' && (
          <button type="button" class="button" onClick={this.save}>
            Make this site available offline ({megabytes(state.bytes)})
          </button>
        )}
        {(state.step === 'saving' || state.step === 'stopped') && (
          <p>
            <progress max={state.files.length} value={state.done} aria-label="Files kept" /> {state.done} of {state.files.length} files
          </p>
        )}
        <p role="status">
          {state.step === 'saving' && 'Keeping the site on this device…'}
          {state.step === 'kept' && 'The whole site is on this device: it works here with no connection.'}
        </p>
        {state.step === 'stopped' && (
          <p role="alert">
            Stopped after {state.done} of {state.files.length} files: the connection dropped.{' '}
            <button type="button" class="button" onClick={this.save}>
              Fetch the rest
            </button>
          </p>
        )}
      </section>
    );
  }
}
