import { $progress, EMPTY_PROGRESS, type ProgressState } from './progress';
import { own } from '../../lib/storage/guards';
import { Watching } from '../../lib/storage/watching';

interface Props {
  track: string;
  /** Step URLs, first to last. */
  steps: string[];
}

/** Start, or pick up where this device left off. The server renders "Start". */
export default class ResumeLink extends Watching<Props, { progress: ProgressState }> {
  state = { progress: EMPTY_PROGRESS };

  componentDidMount() {
    this.watch('progress', $progress);
  }

  render({ track, steps }: Props, { progress }: { progress: ProgressState }) {
    const step = own(progress.tracks, track)?.step;
    if (!step || step < 1 || step > steps.length) {
      return (
        <a class="button primary start" href={steps[0]}>
          Start the walk-through
        </a>
      );
    }
    return (
      <p class="resume">
        <a class="button primary" href={steps[step - 1]}>
          Resume at dilemma {step} of {steps.length}
        </a>{' '}
        <a href={steps[0]}>or start from the beginning</a>
      </p>
    );
  }
}
