import { Component, createRef } from 'preact';
import { collect, countedMessage } from '../protocol/collect';
import { grouped } from '../protocol/hand-in-code';
import type { CameraProblem } from './scanner';

interface Props {
  session: string;
  code: string;
}

interface Logged {
  at: number;
  ok: boolean;
  message: string;
}

interface State {
  scanning: 'off' | 'starting' | 'on';
  problem: string;
  typed: string;
  typedError: string;
  log: Logged[];
}

const CAMERA_PROBLEMS: Record<CameraProblem, string> = {
  refused: 'The camera was not allowed, so this device cannot scan.',
  'no-camera': 'No camera could be started on this device.',
  unavailable: 'This browser cannot use a camera here (cameras need a secure https connection).',
};
const OTHER_WAYS =
  'Hand-ins still count two other ways: open the phone’s QR code with any camera app on a device running this room, or type the code the phone shows below.';

/** The facilitator's three ways to count phones: camera, a typed code, and (elsewhere) a hand-in URL. */
export default class Collect extends Component<Props, State> {
  state: State = { scanning: 'off', problem: '', typed: '', typedError: '', log: [] };
  private video = createRef<HTMLVideoElement>();
  private input = createRef<HTMLInputElement>();
  private stop?: () => void;
  private unmounted = false;
  /** Codes the camera has already had refused: each is reported once, not on every frame. */
  private refused = new Set<string>();

  componentWillUnmount() {
    this.unmounted = true;
    this.stop?.();
  }

  private note(ok: boolean, message: string) {
    this.setState(({ log }) => ({ log: [{ at: Date.now(), ok, message }, ...log].slice(0, 8) }));
  }

  private scanned = (text: string) => {
    const result = collect(text, this.props.session);
    if (result.ok) {
      // Counted already, in this round: the camera is still seeing the same phone.
      if (result.as !== 'same') this.note(true, countedMessage(result));
    } else if (!this.refused.has(text)) {
      this.refused.add(text);
      this.note(false, result.message);
    }
  };

  private startStop = async () => {
    if (this.state.scanning === 'starting') return;
    if (this.stop) {
      this.stop();
      this.stop = undefined;
      return this.setState({ scanning: 'off' });
    }
    this.setState({ scanning: 'starting', problem: '' });
    try {
      const { startScanning } = await import('./scanner');
      const stop = await startScanning(this.video.current!, this.scanned);
      // Left the console while the camera was starting: turn it off again at once.
      if (this.unmounted) return stop();
      this.stop = stop;
      this.setState({ scanning: 'on' });
    } catch (error) {
      const problem = (error as { problem?: CameraProblem }).problem ?? 'no-camera';
      this.setState({ scanning: 'off', problem: `${CAMERA_PROBLEMS[problem]} ${OTHER_WAYS}` });
    }
  };

  private typedIn = (event: Event) => {
    event.preventDefault();
    const result = collect(this.state.typed, this.props.session);
    if (result.ok) {
      this.note(true, countedMessage(result));
      this.setState({ typed: '', typedError: '' });
    } else {
      this.note(false, result.message);
      this.setState({ typedError: result.message }, () => this.input.current?.focus());
    }
  };

  render({ code }: Props, { scanning, problem, typed, typedError, log }: State) {
    return (
      <section class="collect" aria-labelledby="collect-heading">
        <h2 id="collect-heading">Collect hand-ins</h2>
        <p class="hint">
          When people have answered, their phones show a hand-in code for room {code}. Scan them here; each phone counts once per dilemma,
          and a later hand-in replaces its earlier one.
        </p>
        <div class="scan">
          <button
            type="button"
            class="button primary"
            onClick={this.startStop}
            aria-disabled={scanning === 'starting' ? 'true' : undefined}
          >
            {scanning === 'off' ? 'Start scanning' : scanning === 'starting' ? 'Starting the camera…' : 'Stop scanning'}
          </button>
          <video
            ref={this.video}
            class="camera"
            muted
            playsInline
            hidden={scanning !== 'on'}
            aria-label="Camera view for scanning hand-in codes"
          />
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
        </div>
        <form class="typed" onSubmit={this.typedIn} noValidate>
          <label for="typed-code">Or type a phone’s code</label>
          <div class="typed-row">
            <input
              class="field"
              ref={this.input}
              id="typed-code"
              name="code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              placeholder={grouped(`1${code}…`)}
              value={typed}
              aria-invalid={typedError ? 'true' : undefined}
              aria-describedby={typedError ? 'typed-error' : undefined}
              onInput={(e) => this.setState({ typed: (e.target as HTMLInputElement).value, typedError: '' })}
            />
            <button type="submit" class="button">
              Count this code
            </button>
          </div>
          {typedError && (
            <p id="typed-error" class="problem">
              {typedError}
            </p>
          )}
        </form>
        <h3 class="log-heading">Latest hand-ins</h3>
        <div role="log" aria-live="polite">
          {log.length === 0 ? (
            <p class="empty">None yet on this screen.</p>
          ) : (
            <ol class="log">
              {log.map((entry) => (
                <li key={entry.at + entry.message} class={entry.ok ? 'counted' : 'rejected'}>
                  <strong>{entry.ok ? 'Counted:' : 'Not counted:'}</strong> {entry.message}
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
    );
  }
}
