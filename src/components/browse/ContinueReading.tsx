import { $decisions, EMPTY, type DecisionsState } from '../decision/store';
import { Watching } from '../../lib/storage/watching';
import { continueWith, type StoryLink } from './continue';

interface Props {
  /** Every story, newest first, with its decision ids in reading order. */
  stories: StoryLink[];
}

/**
 * "Continue where you left off": the story answered in most recently that
 * still has a decision open, linked to that decision. The server renders
 * nothing, and so does the island for a reader with nothing half done.
 */
export default class ContinueReading extends Watching<Props, { decisions: DecisionsState }> {
  state = { decisions: EMPTY };

  componentDidMount() {
    this.watch('decisions', $decisions);
  }

  render({ stories }: Props, { decisions }: { decisions: DecisionsState }) {
    const next = continueWith(stories, decisions.answers);
    if (!next) return null;
    return (
      <p class="continue">
        <span class="continue-label">Continue where you left off</span>
        <a href={`${next.story.href}#${next.decision}`}>{next.story.title}</a>
        <span class="continue-step">
          Decision {next.step} of {next.story.decisions.length}
        </span>
      </p>
    );
  }
}
